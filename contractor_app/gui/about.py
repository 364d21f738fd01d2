"""Help → About Contractor Ledger: what this copy is (name, version), its licence, and whom it builds on.

The version is the single one in ``contractor_app.__version__``, so a worker reporting a problem quotes the same
number as ``contractor-app --version``. "No network connections" is said here too because it is the promise a
worker most needs to be able to check from inside the app. Translations no native speaker has reviewed yet are named
(settings.UNREVIEWED).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import __version__
from .icons import app_pixmap
from .settings import LANGUAGES, UNREVIEWED
from .widgets import heading

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Contractor Ledger"))
        icon = QLabel()
        icon.setPixmap(app_pixmap(64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = heading(self.tr("Contractor Ledger"))
        self.version = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version.setObjectName("aboutVersion")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to paste in a report
        purpose = QLabel(self.tr("A worker's own encrypted record of work, pay and data."))
        privacy = QLabel(self.tr("Contractor Ledger makes no network connections: your records never leave this "
                                 "computer unless you export or back them up."))
        # Plain text, not a link: a click would open a browser, and the app promises no network use.
        licence = QLabel(self.tr("Free software under the GNU General Public License, version 3 or later "
                                 "({licence}): {url}").format(licence=LICENCE, url=LICENCE_URL))
        credits = QLabel(self.tr("Built with Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab and "
                                 "PDFium. Reports use the DejaVu fonts (Bitstream Vera and public-domain "
                                 "changes).").format(qt=qVersion()))
        icons = QLabel(self.tr("Icons from Lucide (ISC licence)."))
        self.labels = [purpose, privacy, licence, credits, icons]
        if UNREVIEWED:  # said plainly, so a worker reading a clumsy phrase knows why, and a speaker can help
            awaiting = ", ".join(LANGUAGES[code] for code in UNREVIEWED)
            self.labels.append(QLabel(self.tr("Not yet reviewed by a native speaker: the translations into "
                                              "{languages}. Corrections are welcome.").format(languages=awaiting)))
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.version)
        for label in self.labels:
            label.setWordWrap(True)
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def text(self) -> str:
        """Everything the dialog says, in order (what a screen reader reads; what tests check)."""
        return "\n".join(label.text() for label in (self.title, self.version, *self.labels))
