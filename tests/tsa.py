"""A local test time-stamping authority: a root CA and a time-stamping certificate made with cryptography, and
RFC 3161 responses built with asn1crypto and signed here, exactly as a public authority's are shaped."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from asn1crypto import cms, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

VALID_FROM, VALID_UNTIL = datetime(2020, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Time Authority"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _certificate(subject: str, key: rsa.RSAPrivateKey, issuer: str, issuer_key: rsa.RSAPrivateKey, *,
                 ca: bool) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(VALID_FROM).not_valid_after(VALID_UNTIL)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


class TestAuthority:
    """One root CA and the time-stamping certificate it issued."""

    __test__ = False  # not a test class, for pytest

    def __init__(self, name: str = "Test Root CA") -> None:
        self.root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.root = _certificate(name, self.root_key, name, self.root_key, ca=True)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.certificate = _certificate("Test TSA", self.key, name, self.root_key, ca=False)

    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)

    def stamp(self, digest: bytes, at: datetime, *, serial: int = 7) -> bytes:
        """A granted TimeStampResp for the SHA-256 ``digest`` at time ``at``, signed by this authority."""
        info = tsp.TSTInfo({
            "version": "v1", "policy": "1.3.6.1.4.1.4146.2.3",
            "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": digest},
            "serial_number": serial, "gen_time": at,
        })
        content = info.dump()
        attributes = cms.CMSAttributes([
            cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
            cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(content).digest()]}),
        ])
        signature = self.key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())
        certificate = asn1_x509.Certificate.load(self.certificate.public_bytes(serialization.Encoding.DER))
        signer = cms.SignerInfo({
            "version": "v1",
            "sid": cms.SignerIdentifier({"issuer_and_serial_number": {
                "issuer": certificate.issuer, "serial_number": certificate.serial_number}}),
            "digest_algorithm": {"algorithm": "sha256"}, "signed_attrs": attributes,
            "signature_algorithm": {"algorithm": "sha256_rsa"}, "signature": signature,
        })
        signed = cms.SignedData({
            "version": "v3", "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "tst_info", "content": info},
            "certificates": [certificate], "signer_infos": [signer],
        })
        return tsp.TimeStampResp({
            "status": {"status": "granted"},
            "time_stamp_token": {"content_type": "signed_data", "content": signed},
        }).dump()

    def answer(self, request: bytes, at: datetime) -> bytes:
        """Stamp what a .tsq asks for, as an authority would."""
        asked = tsp.TimeStampReq.load(request)
        return self.stamp(asked["message_imprint"]["hashed_message"].native, at)
