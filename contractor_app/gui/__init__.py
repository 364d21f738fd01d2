"""The desktop app (PySide6). The only package that may import Qt; it calls the same services as the CLI."""
