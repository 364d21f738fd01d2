"""The desktop app (PySide6): windows, views, Qt models over the services' plain dataclasses, background tasks, tray.

Nothing outside this package imports Qt. Views call services through a Session and emit signals; the main window
composes them.
"""
