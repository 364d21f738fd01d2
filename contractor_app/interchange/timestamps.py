"""RFC 3161 time stamps, offline: the request (.tsq) the worker takes to a time-stamping authority, and the check of
the response (.tsr) they bring back. The app opens no connection (docs/evidence.md shows how to get a request
stamped with a browser or curl).

The ASN.1 is read and written by asn1crypto (its ``tsp`` and ``cms`` modules), never parsed by hand; signatures and
certificates are checked with ``cryptography``. A response is hostile until checked, and it is accepted only when
ALL of these hold, in this order (each failure is one plain line, TimestampInvalid, exit 4):

1. it is at most MAX_RESPONSE_BYTES, DER that asn1crypto reads strictly (nothing after it), status "granted";
2. its token is CMS SignedData over a TSTInfo whose message imprint is SHA-256 of exactly what was asked;
3. exactly one signer, whose certificate is in the token, allowed to time-stamp (extended key usage), valid at the
   stamped time; the signed attributes name TSTInfo and carry its digest; the signature over them verifies;
4. the signer's certificate chains, signature by signature, through the token's certificates to a certificate
   the worker trusts (a CA file they give, or the system's).
"""

from __future__ import annotations

import hashlib
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from asn1crypto import cms, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ..errors import InvalidInput, LedgerError

MAX_RESPONSE_BYTES = 1024 * 1024  # real responses are a few kilobytes, certificates included
MAX_CA_BYTES = 8 * 1024 * 1024
MAX_CHAIN = 8
_HASHES: dict[str, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


class TimestampInvalid(LedgerError):
    """A time-stamp response that is damaged, forged, for something else, or not from an authority trusted."""

    exit_code = 4


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a checked response says: the digest it covers existed no later than ``at``, per ``authority``."""

    at: datetime
    authority: str
    serial: str
    policy: str


def make_request(digest: bytes) -> bytes:
    """A DER TimeStampReq for a SHA-256 ``digest``, asking for the authority's certificate in the response."""
    if len(digest) != 32:
        raise ValueError("a SHA-256 digest is 32 bytes")
    return tsp.TimeStampReq({
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
        "cert_req": True,
    }).dump()


def read_trusted(ca_file: Path | None) -> list[x509.Certificate]:
    """The certificates trusted as roots: the worker's PEM file, or the system's bundle."""
    if ca_file is None:
        paths = ssl.get_default_verify_paths()
        found = next((Path(p) for p in (paths.cafile, paths.openssl_cafile) if p and Path(p).is_file()), None)
        if found is None:
            raise InvalidInput("No system certificate bundle was found: give the authority's CA file with --ca.")
        ca_file = found
    try:
        with ca_file.open("rb") as handle:
            data = handle.read(MAX_CA_BYTES + 1)
    except OSError as error:
        raise InvalidInput.said("The CA file {name} cannot be read: {reason}.", name=ca_file.name,
                                reason=error.strerror) from None
    if len(data) > MAX_CA_BYTES:
        raise InvalidInput.said("The CA file {name} is too large to be a certificate bundle.", name=ca_file.name)
    try:
        trusted = x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [
            x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InvalidInput.said("The CA file {name} holds no readable certificate (PEM or DER).",
                                name=ca_file.name) from None
    return trusted


def check_response(response: bytes, digest: bytes, trusted: list[x509.Certificate]) -> Stamp:
    """Check a DER TimeStampResp against the SHA-256 ``digest`` asked for; return what it proves."""
    if len(response) > MAX_RESPONSE_BYTES:
        raise TimestampInvalid("This file is too large to be a time-stamp response.")
    try:
        return _check(response, digest, trusted)
    except TimestampInvalid:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, UnsupportedAlgorithm):
        raise TimestampInvalid("This file is not a readable time-stamp response (.tsr): it is damaged, or "
                               "something else.") from None


def imprint_of(response: bytes) -> bytes:
    """The SHA-256 a response says it stamps (to find which anchor it is for), read strictly but NOT checked:
    ``check_response`` still decides whether it is kept. TimestampInvalid when it is no readable response."""
    if len(response) > MAX_RESPONSE_BYTES:
        raise TimestampInvalid("This file is too large to be a time-stamp response.")
    try:
        token = tsp.TimeStampResp.load(response, strict=True)["time_stamp_token"]
        imprint = token["content"]["encap_content_info"]["content"].parsed["message_imprint"]
        if imprint["hash_algorithm"]["algorithm"].native == "sha256":
            digest = imprint["hashed_message"].native
            if isinstance(digest, bytes) and len(digest) == 32:
                return digest
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError):
        pass
    raise TimestampInvalid("This file is not a readable time-stamp response (.tsr): it is damaged, or something "
                           "else.")


def _check(response: bytes, digest: bytes, trusted: list[x509.Certificate]) -> Stamp:
    parsed = tsp.TimeStampResp.load(response, strict=True)
    status = parsed["status"]["status"].native
    if status not in ("granted", "granted_with_mods"):
        raise TimestampInvalid.said("The authority did not grant this time stamp (status: {status}).", status=status)
    token = parsed["time_stamp_token"]
    if token["content_type"].native != "signed_data":
        raise TimestampInvalid("The time-stamp token is not signed data.")
    signed: cms.SignedData = token["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].native != "tst_info":
        raise TimestampInvalid("The time-stamp token does not hold time-stamp information.")
    content = encap["content"]
    info: tsp.TSTInfo = content.parsed
    imprint = info["message_imprint"]
    if imprint["hash_algorithm"]["algorithm"].native != "sha256" or imprint["hashed_message"].native != digest:
        raise TimestampInvalid("This time stamp is for something else: its message imprint is not this anchor's.")
    certificates = [choice.chosen for choice in signed["certificates"] if choice.name == "certificate"] \
        if signed["certificates"].native is not None else []
    if len(signed["signer_infos"]) != 1:
        raise TimestampInvalid("A time-stamp token has exactly one signer; this one does not.")
    signer_info = signed["signer_infos"][0]
    signer = _signer_certificate(signer_info, certificates)
    stamped_at = info["gen_time"].native.astimezone(UTC)
    _check_signer(signer, stamped_at)
    _check_signature(signer_info, signer, content.contents)
    _check_chain(signer, [x509.load_der_x509_certificate(c.dump()) for c in certificates], trusted, stamped_at)
    return Stamp(at=stamped_at, authority=_name(signer), serial=str(info["serial_number"].native),
                 policy=info["policy"].dotted)


def _signer_certificate(signer_info: cms.SignerInfo, certificates: list[Any]) -> x509.Certificate:
    sid = signer_info["sid"]
    for candidate in certificates:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if candidate.issuer == wanted["issuer"] and candidate.serial_number == wanted["serial_number"].native:
                return x509.load_der_x509_certificate(candidate.dump())
        elif candidate.key_identifier == sid.chosen.native:
            return x509.load_der_x509_certificate(candidate.dump())
    raise TimestampInvalid("The time-stamp token does not carry its signer's certificate (ask the authority for "
                           "it with the request's certificate flag, which the app sets).")


def _check_signer(signer: x509.Certificate, stamped_at: datetime) -> None:
    try:
        usage = signer.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or ExtendedKeyUsageOID.TIME_STAMPING not in usage:
        raise TimestampInvalid("The certificate that signed this time stamp is not one for time-stamping.")
    if not signer.not_valid_before_utc <= stamped_at <= signer.not_valid_after_utc:
        raise TimestampInvalid("The time-stamping certificate was not valid at the time it stamped.")


def _check_signature(signer_info: cms.SignerInfo, signer: x509.Certificate, content: bytes) -> None:
    attributes = signer_info["signed_attrs"]
    if not attributes:
        raise TimestampInvalid("The time stamp's signature covers no signed attributes.")
    algorithm = signer_info["digest_algorithm"]["algorithm"].native
    if algorithm not in _HASHES:
        raise TimestampInvalid.said("The time stamp uses a digest this app does not accept ({algorithm}).",
                                    algorithm=algorithm)
    found = {attribute["type"].native: attribute["values"] for attribute in attributes}
    if found.get("content_type") is None or found["content_type"][0].native != "tst_info":
        raise TimestampInvalid("The time stamp's signed attributes do not name time-stamp information.")
    if found.get("message_digest") is None or found["message_digest"][0].native != hashlib.new(
            algorithm, content).digest():
        raise TimestampInvalid("The time stamp was altered: its information does not match what was signed.")
    signed_bytes = attributes.untag().dump()  # signed as a SET OF, not with the [0] tag it is stored under
    signature = signer_info["signature"].native
    digest = _HASHES[algorithm]()
    key = signer.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            mechanism = signer_info["signature_algorithm"].signature_algo
            pad = padding.PSS(mgf=padding.MGF1(digest), salt_length=padding.PSS.AUTO) \
                if mechanism == "rsassa_pss" else padding.PKCS1v15()
            key.verify(signature, signed_bytes, pad, digest)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, signed_bytes, ec.ECDSA(digest))
        else:
            raise TimestampInvalid("The time stamp is signed with a kind of key this app does not accept.")
    except InvalidSignature:
        raise TimestampInvalid("The time stamp's signature does not verify: it was altered or forged.") from None


def _check_chain(signer: x509.Certificate, given: list[x509.Certificate], trusted: list[x509.Certificate],
                 stamped_at: datetime) -> None:
    """Walk issuer by issuer from the signer to a trusted certificate, checking each signature."""
    current = signer
    for _ in range(MAX_CHAIN):
        for root in trusted:
            if root == current or _issued_by(current, root):
                return
        issuer = next((c for c in given if c != current and _issued_by(current, c) and _is_ca(c)
                       and c.not_valid_before_utc <= stamped_at <= c.not_valid_after_utc), None)
        if issuer is None:
            break
        current = issuer
    raise TimestampInvalid("The time-stamping authority is not one you trust: its certificate does not chain to "
                           "the CA file given (or the system's).")


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    if certificate.issuer != issuer.subject:
        return False
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _name(certificate: x509.Certificate) -> str:
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        values = certificate.subject.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return certificate.subject.rfc4514_string()
