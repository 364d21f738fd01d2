"""Minimum-wage lookups for a sample of jurisdictions and days, against values written here from the sources (each
also in resources/rules/minimum_wage.json with the page it was read at; those read only at a secondary source are
marked there, with the official source still to read)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from contractor_app.services.rules import shipped_rules

BOOK = shipped_rules()

CASES = [  # jurisdiction asked for, day, currency, expected hourly amount, the level it comes from
    ("US-TX", date(2026, 6, 1), "USD", "7.25", "US"),
    ("US-CA", date(2024, 6, 1), "USD", "16.00", "US-CA"),
    ("US-CA", date(2025, 12, 31), "USD", "16.50", "US-CA"),
    ("US-CA", date(2026, 1, 1), "USD", "16.90", "US-CA"),
    ("US-NY", date(2025, 6, 1), "USD", "15.50", "US-NY"),  # upstate 2025: the value issue 13 found missing
    ("US-NY", date(2024, 6, 1), "USD", "15.00", "US-NY"),
    ("US-NY-NYC", date(2024, 6, 1), "USD", "16.00", "US-NY-NYC"),
    ("US-NY-LI", date(2025, 6, 1), "USD", "16.50", "US-NY-LI"),
    ("US-NY-WES", date(2026, 6, 1), "USD", "17.00", "US-NY-WES"),
    ("US-WA", date(2025, 3, 1), "USD", "16.66", "US-WA"),
    ("US-WA", date(2024, 6, 1), "USD", "16.28", "US-WA"),  # L&I's history table
    ("US-WA-SEA", date(2026, 3, 1), "USD", "21.30", "US-WA-SEA"),
    ("US-WA-SEA", date(2025, 3, 1), "USD", "20.76", "US-WA-SEA"),
    ("US-CA-LA", date(2025, 8, 1), "USD", "17.87", "US-CA-LA"),
    ("US-CA-LA", date(2026, 8, 1), "USD", "16.90", "US-CA"),  # LA's July 2026 value is not recorded: the state's
    ("US-CA-SF", date(2025, 8, 1), "USD", "19.18", "US-CA-SF"),
    ("US-CA-SD", date(2026, 2, 1), "USD", "17.75", "US-CA-SD"),
    ("US-CA-SJ", date(2026, 2, 1), "USD", "18.45", "US-CA-SJ"),
    ("US-CA-MTV", date(2025, 2, 1), "USD", "19.20", "US-CA-MTV"),  # the file had each city's values a year early
    ("US-CA-SVL", date(2024, 2, 1), "USD", "18.55", "US-CA-SVL"),  # (see the test below)
    ("US-CA-OAK", date(2025, 2, 1), "USD", "16.89", "US-CA-OAK"),
    ("US-CA-BRK", date(2024, 8, 1), "USD", "18.67", "US-CA-BRK"),
    ("US-IL", date(2025, 2, 1), "USD", "15.00", "US-IL"),
    ("US-IL-CHI", date(2025, 8, 1), "USD", "16.60", "US-IL-CHI"),
    ("US-CO-DEN", date(2026, 2, 1), "USD", "19.29", "US-CO-DEN"),
    ("US-CO", date(2026, 2, 1), "USD", "15.16", "US-CO"),
    ("US-CO", date(2026, 1, 1), "USD", "15.16", "US-CO"),  # CDLE's bulletin: "effective January 1, 2026"
    ("US-CO", date(2025, 12, 31), "USD", "14.81", "US-CO"),
    ("US-DC", date(2025, 8, 1), "USD", "17.95", "US-DC"),
    ("US-FL", date(2025, 10, 1), "USD", "14.00", "US-FL"),
    ("US-FL", date(2025, 9, 29), "USD", "13.00", "US-FL"),
    ("US-ME", date(2024, 6, 1), "USD", "14.15", "US-ME"),  # the Department's 2024 poster
    ("US-MI", date(2025, 2, 1), "USD", "10.56", "US-MI"),  # LEO's poster: 1 Jan to 20 Feb 2025
    ("US-MI", date(2025, 3, 1), "USD", "12.48", "US-MI"),
    ("US-MI", date(2026, 1, 15), "USD", "13.73", "US-MI"),  # from 1 January 2026 (PA 1 of 2025), not 21 February
    ("US-AK", date(2025, 8, 1), "USD", "13.00", "US-AK"),
    ("US-RI", date(2024, 6, 1), "USD", "14.00", "US-RI"),  # the Governor's release on the 2021 law (RI.gov)
    ("US-RI", date(2025, 6, 1), "USD", "15.00", "US-RI"),
    ("US-NJ", date(2026, 2, 1), "USD", "15.92", "US-NJ"),
    ("US-MO", date(2026, 2, 1), "USD", "15.00", "US-MO"),
    ("US-OR-PDX", date(2025, 8, 1), "USD", "16.30", "US-OR-PDX"),
    ("US-VA", date(2026, 2, 1), "USD", "12.77", "US-VA"),
    ("US-OH", date(2026, 2, 1), "USD", "11.00", "US-OH"),  # was an unknown step: the Department of Commerce's release
    ("US-MT", date(2026, 2, 1), "USD", "10.85", "US-MT"),  # was an unknown step: secondary reports, still pending
    ("GB", date(2025, 5, 1), "GBP", "12.21", "GB"),
    ("GB", date(2026, 5, 1), "GBP", "12.71", "GB"),
    ("GB", date(2026, 3, 31), "GBP", "12.21", "GB"),
    ("IE", date(2026, 2, 1), "EUR", "14.15", "IE"),
    ("DE", date(2026, 2, 1), "EUR", "13.90", "DE"),
    ("DE", date(2025, 2, 1), "EUR", "12.82", "DE"),
    ("FR", date(2025, 2, 1), "EUR", "11.88", "FR"),
    ("FR", date(2026, 5, 31), "EUR", "12.02", "FR"),  # décret n° 2025-1228
    ("FR", date(2026, 6, 1), "EUR", "12.31", "FR"),  # arrêté du 22 mai 2026: inflation passed 2 % (L. 3231-5)
    ("NL", date(2025, 8, 1), "EUR", "14.40", "NL"),
    ("PL", date(2025, 2, 1), "PLN", "30.50", "PL"),
    ("PL", date(2026, 12, 31), "PLN", "31.40", "PL"),
    ("PL", date(2027, 1, 1), "PLN", "32.30", "PL"),  # Dz.U. 2026 poz. 1213, already promulgated
    ("CA-ON", date(2025, 11, 1), "CAD", "17.60", "CA-ON"),
    ("CA-ON", date(2025, 9, 30), "CAD", "17.20", "CA-ON"),
    ("CA-BC", date(2025, 7, 1), "CAD", "17.85", "CA-BC"),
    ("CA-QC", date(2025, 6, 1), "CAD", "16.10", "CA-QC"),
    ("CA-AB", date(2026, 6, 1), "CAD", "15.00", "CA-AB"),
    ("AU", date(2025, 8, 1), "AUD", "24.95", "AU"),
    ("PH-00", date(2024, 8, 1), "PHP", "80.625", "PH-00"),  # 645 a day / 8
    ("MX", date(2026, 2, 1), "MXN", "39.38", "MX"),  # 315.04 a day / 8
    ("NG", date(2025, 1, 1), "NGN", "403.8539", "NG"),  # 70,000 a month / 173.33
    ("ES", date(2024, 6, 1), "EUR", "8.87", "ES"),  # Real Decreto 145/2024 (BOE-A-2024-2251) art. 4.2; 1.134 a month
    ("ES", date(2025, 6, 1), "EUR", "9.26", "ES"),  # Real Decreto 87/2025 (BOE-A-2025-2576) art. 4.2; 1184 a month
]


@pytest.mark.parametrize(("jurisdiction", "day", "currency", "amount", "level"), CASES,
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_minimum_wage_lookup(jurisdiction: str, day: date, currency: str, amount: str, level: str) -> None:
    wage = BOOK.minimum_wage(jurisdiction, day, currency)
    assert wage is not None
    assert (wage.amount, wage.jurisdiction) == (Decimal(amount), level)


def test_the_sample_is_large_enough() -> None:
    assert len({case[0] for case in CASES}) >= 40


def test_no_value_in_another_currency_and_none_before_the_first() -> None:
    assert BOOK.minimum_wage("GB", date(2026, 5, 1), "USD") is None
    assert BOOK.minimum_wage("CA-BC", date(2024, 1, 1), "CAD") is None  # before the first value on file
    assert BOOK.minimum_wage("AR", date(2026, 1, 1), "ARS") is None  # known to change monthly; not compiled


def test_seattle_app_based_floor_for_2025_read_from_the_ordinance_page() -> None:
    """Checking the sources found the 2025 value missing (recorded as unknown) and the citation wrong (SMC 14.33 is
    not this law). seattle.gov's page for SMC 8.37 gives 0.44 a minute from 13 January 2024 and 0.45 in 2025."""
    before = BOOK.pay_floor("US-WA-SEA", date(2024, 12, 31), "USD", app_based=True)
    floor = BOOK.pay_floor("US-WA-SEA", date(2025, 3, 1), "USD", app_based=True)
    assert before is not None and before.amount == Decimal("26.40")  # 0.44 x 60
    assert floor is not None and floor.amount == Decimal("27.00") and floor.confirmed  # 0.45 x 60
    assert floor.citation == "SMC 8.37" and before.citation == "SMC 8.37"


def test_nyc_delivery_floor_applies_from_30_november_2023_when_the_appellate_rulings_allowed_it() -> None:
    """The file dated the NYC app delivery floor's first day 4 December 2023, which no page supports. The Mayor's
    release of 30 November 2023 says the Appellate Division's two rulings that day "allow enforcement" and that apps
    "must pay workers at least $17.96 per hour", implemented "immediately": the floor is in force from 30 November."""
    assert BOOK.pay_floor("US-NY-NYC", date(2023, 11, 29), "USD", app_based=True) is None
    first = BOOK.pay_floor("US-NY-NYC", date(2023, 11, 30), "USD", app_based=True)
    assert first is not None and first.amount == Decimal("17.96") and first.confirmed
    later = BOOK.pay_floor("US-NY-NYC", date(2024, 4, 1), "USD", app_based=True)
    assert later is not None and later.amount == Decimal("19.56")


def test_michigan_in_january_2025_is_the_10_56_step_before_february() -> None:
    """Checking the sources found a missing step: LEO's schedule of 1 Oct 2024 (as reported by CBS News/AP, 2 Oct
    2024: "$10.33 ... will increase to $10.56 on Jan. 1 and then $12.48 on Feb. 21") had 10.56 from 1 January
    2025; the file went from 10.33 straight to 12.48 (the value's note says where it was read since)."""
    for day, amount in ((date(2025, 1, 15), "10.56"), (date(2025, 2, 21), "12.48"), (date(2024, 12, 31), "10.33")):
        wage = BOOK.minimum_wage("US-MI", day, "USD")
        assert wage is not None and wage.amount == Decimal(amount)


def test_the_flsa_40_hour_week_is_in_force_from_24_october_1940() -> None:
    """Checking the sources found the FLSA's 40-hour week dated from the Act's start, 24 October 1938. The Act set 44
    hours for its first year and 42 for its second; 40 applies from 24 October 1940 (Southern Economic Journal,
    1940). The earlier weeks are not recorded: no rule rather than a wrong one."""
    rule = BOOK.overtime("US-TX", date(1940, 10, 24))
    assert rule is not None and (rule.weekly_hours, rule.weekly_multiplier) == (Decimal("40"), Decimal("1.5"))
    assert BOOK.overtime("US-TX", date(1939, 6, 1)) is None
    california = BOOK.overtime("US-CA", date(2026, 3, 1))
    assert california is not None and (california.daily_hours, california.daily_double_hours) == (Decimal("8"),
                                                                                                   Decimal("12"))


def test_egypts_6000_private_sector_minimum_applies_from_1_may_2024() -> None:
    """Checking the sources found Egypt's 6000 dated 1 March 2024 (the public-sector increase). The Ministry of
    Planning's release of 7 April 2024: the National Wages Council raised the private-sector minimum to 6000 'effective
    May 2024' (decree 27 of 2024, from 1 May); it was 3500 from January 2024, and 7000 from 1 March 2025."""
    for day, amount in ((date(2024, 4, 15), "3500"), (date(2024, 5, 1), "6000"), (date(2025, 2, 28), "6000"),
                        (date(2025, 3, 1), "7000")):
        wage = BOOK.minimum_wage("EG", day, "EGP")
        assert wage is not None and (wage.stated, wage.unit) == (Decimal(amount), "month"), day


def test_brazils_2024_hourly_minimum_is_the_decrees_own_6_42() -> None:
    """Decreto 11.864/2023 (DOU 27 Dec 2023), art. 1: from 1 January 2024 the minimum wage is R$ 1.412,00 a month,
    'o valor diário ... R$ 47,07 ... e o valor horário, a R$ 6,42'. 1412 / 220 = 6.4182 is not the legal figure."""
    wage = BOOK.minimum_wage("BR", date(2024, 6, 1), "BRL")
    assert wage is not None and (wage.amount, wage.stated, wage.unit) == (Decimal("6.42"), Decimal("1412"), "month")


def test_brazils_2026_hourly_minimum_is_the_decrees_own_7_37() -> None:
    """Decreto 12.797/2025, art. 1: from 1 January 2026 R$ 1.621,00 a month, 'o valor diário ... R$ 54,04 ... e o valor
    horário, a R$ 7,37'. 1621 / 220 = 7.3682 is not the legal figure."""
    wage = BOOK.minimum_wage("BR", date(2026, 6, 1), "BRL")
    assert wage is not None and (wage.amount, wage.stated, wage.unit) == (Decimal("7.37"), Decimal("1621"), "month")


def test_quebec_and_new_brunswick_2026_steps_are_values_not_unknown() -> None:
    """The file marked Quebec's 1 May 2026 and New Brunswick's 1 April 2026 steps as unknown. The Quebec Minister of
    Labour's release on the CNW wire (22 Jan 2026): "le taux general du salaire minimum sera augmente de 0,50 $ le
    1er mai 2026 et passera a 16,60 $ l'heure". New Brunswick: 15.90 from 1 April 2026, "a 25-cent increase from the
    current rate of $15.65" (the province's release as reported by the Saint John Daily); still to be read at gnb.ca."""
    for province, day, amount, read in (("CA-QC", date(2026, 4, 30), "16.10", True),
                                        ("CA-QC", date(2026, 5, 1), "16.60", True),
                                        ("CA-NB", date(2026, 3, 31), "15.65", False),
                                        ("CA-NB", date(2026, 4, 1), "15.90", False)):
        wage = BOOK.minimum_wage(province, day, "CAD")
        assert wage is not None and (wage.amount, wage.confirmed) == (Decimal(amount), read), (province, day)


def test_australia_and_manitoba_2026_steps_are_values_not_unknown() -> None:
    """The file marked Australia's 1 July 2026 and Manitoba's 1 October 2026 steps as unknown. The Fair Work
    Commission's Annual Wage Review decision of 2 June 2026: the National Minimum Wage becomes "$1,004.90 per week or
    $26.44 per hour" from the first full pay period on or after 1 July 2026 (Squire Patton Boggs, Workplace Law).
    Manitoba Labour and Immigration: "the province's minimum wage will rise by 40 cents to $16.40 an hour on Oct. 1,
    2026" (HRD, from $16.00 set on 1 Oct 2025). Both still to be read at fairwork.gov.au and gov.mb.ca."""
    for place, day, currency, amount in (("AU", date(2026, 6, 30), "AUD", "24.95"),
                                         ("AU", date(2026, 7, 1), "AUD", "26.44"),
                                         ("CA-MB", date(2026, 9, 30), "CAD", "16.00"),
                                         ("CA-MB", date(2026, 10, 1), "CAD", "16.40")):
        wage = BOOK.minimum_wage(place, day, currency)
        assert wage is not None and (wage.amount, wage.jurisdiction) == (Decimal(amount), place), (place, day)


def test_british_columbias_2026_step_is_18_25_not_unknown() -> None:
    """The file marked British Columbia's 1 June 2026 step as unknown, so every lookup from then on found nothing. The
    Province announced on 26 Feb 2026 that "The General minimum wage will increase from $17.85 to $18.25 per hour
    starting June 1" (Fraser Valley News Network, 26 Feb 2026, with the release's list of the wages affected; Mondaq:
    "increasing from $17.85 to $18.25 per hour"). Still to be read at gov.bc.ca."""
    for day, amount in ((date(2026, 5, 31), "17.85"), (date(2026, 6, 1), "18.25"), (date(2026, 12, 1), "18.25")):
        wage = BOOK.minimum_wage("CA-BC", day, "CAD")
        assert wage is not None and (wage.amount, wage.jurisdiction) == (Decimal(amount), "CA-BC"), day
        assert wage.confirmed is (day < date(2026, 6, 1)), day


def test_indias_floor_wage_of_176_applies_from_1_july_2017_not_june() -> None:
    """The file dated India's national floor level minimum wage of Rs 176 a day from 1 June 2017. The Labour Minister's
    letter to the states, as quoted by the Financial Express (28 Jul 2017): "fixation/revision of the minimum rates of
    wages ... not below the NFLMW of Rs 176 per day with effect from July 1, 2017" (Rs 160 had applied from 1 July
    2015). A benchmark only: the NFLMW has no statutory force."""
    assert BOOK.minimum_wage("IN", date(2017, 6, 15), "INR") is None  # no earlier value on file
    wage = BOOK.minimum_wage("IN", date(2017, 7, 1), "INR")
    assert wage is not None and (wage.stated, wage.unit, wage.amount) == (Decimal("176"), "day", Decimal("22"))


def test_spains_2026_minimum_is_1221_a_month_not_unknown() -> None:
    """The file marked 1 January 2026 as an unknown step. Real Decreto 126/2026, de 18 de febrero (BOE-A-2026-3815, read
    in the BOE text as legalize-es stores it): art. 1 "queda fijado en 40,70 euros/día o 1 221 euros/mes"; art. 4.2
    "9,55 euros por hora efectivamente trabajada" for household employees working by the hour; disposición final
    tercera: effects from 1 January 2026."""
    wage = BOOK.minimum_wage("ES", date(2026, 6, 1), "EUR")
    assert wage is not None and (wage.stated, wage.unit, wage.amount) == (Decimal("1221"), "month", Decimal("9.55"))
    assert wage.confirmed
    before = BOOK.minimum_wage("ES", date(2025, 12, 31), "EUR")
    assert before is not None and before.stated == Decimal("1184")


def test_colombias_2026_minimum_is_1750905_under_the_transitory_decree_too() -> None:
    """The file marked 1 January 2026 as an unknown step: Decreto 1469 de 2025 (1,750,905 a month) was suspended by the
    Consejo de Estado on 12 February 2026. Its order took effect only with the transitory decree it required, and
    Decreto 0159 of 19 February 2026 fixed the same 1,750,905 (Caracol, 20 Feb 2026: "el decreto fija el salario
    mínimo en $1.750.905"; the Government of Cundinamarca's El Dorado Radio: "el salario mínimo mensual para 2026
    continúa en $1.750.905"), so the amount held all year. Still to be read in the decree's own text."""
    for day in (date(2026, 1, 1), date(2026, 2, 19), date(2026, 2, 20), date(2026, 12, 31)):
        wage = BOOK.minimum_wage("CO", day, "COP")
        assert wage is not None and (wage.stated, wage.unit) == (Decimal("1750905"), "month"), day
        assert not wage.confirmed


def test_prince_edward_island_steps_on_its_own_days() -> None:
    """The Province's releases: 15.00 from 1 October 2023 (20 Sep 2022); 15.40 on 1 April 2024 and 16.00 on 1 October
    2024 (4 Oct 2023); 16.50 on 1 October 2025 and 17.00 on 1 April 2026 (11 Apr 2025). The file had 15.40 from
    1 January 2024 and marked 1 April 2025 as an unknown change, so every lookup from then on found nothing."""
    for day, amount in ((date(2024, 3, 15), "15.00"), (date(2024, 4, 1), "15.40"), (date(2024, 10, 1), "16.00"),
                        (date(2025, 6, 1), "16.00"), (date(2025, 10, 1), "16.50"), (date(2026, 4, 1), "17.00")):
        wage = BOOK.minimum_wage("CA-PE", day, "CAD")
        assert wage is not None and (wage.amount, wage.jurisdiction) == (Decimal(amount), "CA-PE"), day


def test_pakistans_federal_minimum_stays_37000_in_fy2025_26() -> None:
    """The file had 40000 from 1 July 2025. The Finance Minister said in the budget of 10 June 2025 that the minimum
    wage stays at Rs37,000 a month in FY2025-26 (Business Recorder, 11 June 2025; TechJuice, 11 June 2025: "will
    remain unchanged at Rs37,000 per month for the financial year 2025-26"); 40000 is Punjab's own, from its budget.
    We model the federal (Islamabad Capital Territory) figure; provinces notify their own."""
    for day in (date(2024, 7, 1), date(2025, 7, 1), date(2026, 3, 1)):
        wage = BOOK.minimum_wage("PK", day, "PKR")
        assert wage is not None and (wage.stated, wage.unit) == (Decimal("37000"), "month"), day


def test_south_dakota_2026_is_11_85_not_unknown() -> None:
    """The file marked 1 January 2026 as an unknown step. The Department of Labor and Regulation announced 11.85 from
    1 January 2026 (South Dakota Searchlight, as republished: "will increase from $11.50 per hour to $11.85 per hour
    on Jan. 1, according to the state Department of Labor and Regulation"), since read in the Department's own
    release of 23 Oct 2025: "will increase from $11.50/hour to $11.85/hour effective Jan. 1, 2026"."""
    wage = BOOK.minimum_wage("US-SD", date(2026, 3, 1), "USD")
    assert wage is not None and wage.amount == Decimal("11.85") and wage.confirmed


def test_mountain_view_and_sunnyvale_steps_fall_in_their_own_years() -> None:
    """The file had both cities' values a year early (Mountain View 19.20 from 2024, Sunnyvale 19.00 from 2024) and
    no 2026 value. Mountain View Voice, 24 Nov 2023: Mountain View "will increase to $18.75 an hour in the new year"
    (2024), "Sunnyvale ($18.55)"; Silicon Valley Voice, on 2026: Sunnyvale "will be paid $19.50 per hour in the new
    year", a 50-cent rise after a 45-cent one from 2024 to 2025 (18.55 + 0.45 = 19.00). Mountain View's 19.20 (2025)
    and 19.70 (2026) move with them. All still to be read on the cities' pages."""
    for city, day, amount in (("US-CA-MTV", date(2024, 6, 1), "18.75"), ("US-CA-MTV", date(2025, 6, 1), "19.20"),
                              ("US-CA-MTV", date(2026, 6, 1), "19.70"), ("US-CA-SVL", date(2024, 6, 1), "18.55"),
                              ("US-CA-SVL", date(2025, 6, 1), "19.00"), ("US-CA-SVL", date(2026, 6, 1), "19.50")):
        wage = BOOK.minimum_wage(city, day, "USD")
        assert wage is not None and wage.amount == Decimal(amount), (city, day)
