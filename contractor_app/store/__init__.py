"""The vault: key hierarchy, the SQLCipher database, the schema and its migrations, the audit chain."""
