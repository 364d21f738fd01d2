"""Set a widget's Qt flags by their names, without PySide's ``Qt`` namespace: for the unlock window's first paint.

The first use of ``PySide6.QtCore.Qt`` builds every enum of Qt's namespace as a Python enum: 93 of them, about
11 ms on the development VM, a third of what the app's start to the unlock window cost beyond a bare QMainWindow
(issue 18). The unlock window needs three of its values before it paints: centred labels, selectable text and a
button reached by Tab only. A Qt property written with a key's name ("AlignHCenter") is converted by Qt itself
(QMetaProperty::write looks the name up in the property's enumerator), so no Python enum is built. What needs a
``Qt`` value that no property takes by name (a cursor shape) waits until the window has painted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(widget: QObject, **properties: str) -> None:
    """Write each Qt property of ``widget`` from its keys' names, "AlignHCenter" or "AlignHCenter|AlignTop".

    A property the widget does not have, or a name its enumerator does not know, raises: Qt would only return
    False and leave the property as it was."""
    for name, keys in properties.items():
        if not widget.setProperty(name, keys):
            raise ValueError(f"{type(widget).__name__} has no property {name} taking {keys!r}")
