""""How was this worked out?": the steps behind one client's figures in the Pay view, readable and week by week.

The steps come from services.summary.explanation (the same ones `summary --explain` prints and the claim packet's
appendix holds), so the window cannot disagree with the figures it explains; they are written in the worker's
language by explain_text.py. Each topic (hours, earned, overtime,
minimum wage, pay floor, paid) is a heading with an anchor: a figure opens the window at its own topic.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...domain.assessment import ClientPay
from ...services.summary import explanation
from .explain_text import numbers, source_text, step_text
from .text import range_text

TOPICS = ("hours", "earned", "overtime", "minimum wage", "pay floor", "paid")


def anchor(topic: str) -> str:
    return topic.replace(" ", "-")


class ExplanationDialog(QDialog):
    def __init__(self, pay: ClientPay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pay = pay
        self.setWindowTitle(self.tr("How was this worked out? %1").replace("%1", pay.client.name))
        self.steps = explanation(pay)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("How the figures were worked out"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        self.resize(760, 620)

    def _topic_title(self, topic: str) -> str:
        return {"hours": self.tr("Hours"), "earned": self.tr("Earned"), "overtime": self.tr("Overtime"),
                "minimum wage": self.tr("Minimum wage"), "pay floor": self.tr("App-based pay floor"),
                "paid": self.tr("Paid and owed")}.get(topic, topic)

    def _html(self) -> str:
        pay = self.pay
        parts = [f"<h2>{escape(pay.client.name)}</h2>",
                 f"<p>{escape(range_text(pay.period.start, pay.period.end))}. "
                 + escape(self.tr("Each figure below with its rule, its source, the inputs and the arithmetic, "
                                  "workweek by workweek, so that you or a clinic can check it by hand. An estimate "
                                  "— not legal advice.")) + "</p>"]
        topics = [t for t in TOPICS if any(s.topic == t for s in self.steps)]
        topics += sorted({s.topic for s in self.steps} - set(topics))
        for topic in topics:
            parts.append(f'<h3><a name="{anchor(topic)}"></a>{escape(self._topic_title(topic))}</h3>')
            for step in (s for s in self.steps if s.topic == topic):
                parts.append(f"<p>{escape(step_text(step))}</p>")
                if step.figures:
                    cells = "".join(f"<tr><td>{escape(name)}</td><td align='right'>&nbsp;&nbsp;{escape(value)}</td>"
                                    "</tr>" for name, value in numbers(step))
                    parts.append(f"<table cellspacing='0' style='margin-left:16px'>{cells}</table>")
                if step.source:
                    parts.append("<p style='margin-left:16px'><i>" + escape(self.tr("Source: %1").replace(
                        "%1", source_text(step))) + "</i></p>")
        return "".join(parts)

    def show_topic(self, topic: str) -> None:
        """Scroll to ``topic`` (one of TOPICS): the figure the worker asked about."""
        self.text.scrollToAnchor(anchor(topic))

    def plain_text(self) -> str:
        return self.text.toPlainText()
