"""ISO 4217 currency codes in current use, with their number of minor-unit digits.

The digits decide how precise an amount may be: USD 10.005 is over-precise, JPY 10.5 too.
"""

from __future__ import annotations

from ..errors import InvalidInput

# Codes with a minor unit other than 2 digits.
_MINOR_UNITS_EXCEPTIONS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3, "JPY": 0, "KMF": 0,
    "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0, "TND": 3, "UGX": 0, "UYI": 0, "UYW": 4,
    "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0, "CLF": 4,
}

_TWO_DIGIT = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF "
    "CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF "
    "IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR "
    "MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD "
    "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER "
    "ZAR ZMW ZWG"
).split()

MINOR_UNITS: dict[str, int] = {**{code: 2 for code in _TWO_DIGIT}, **_MINOR_UNITS_EXCEPTIONS}


def check_currency(code: str) -> str:
    """Return the upper-cased code, or raise InvalidInput for a code that is not an ISO 4217 currency."""
    normalized = code.strip().upper()
    if normalized not in MINOR_UNITS:
        raise InvalidInput.said("Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP.",
                                code=code)
    return normalized


def minor_units(code: str) -> int:
    return MINOR_UNITS[check_currency(code)]
