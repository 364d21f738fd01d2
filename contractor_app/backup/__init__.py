"""Encrypted backups: the file format, create, verify and restore."""
