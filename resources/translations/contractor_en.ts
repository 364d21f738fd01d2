<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/models.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/formatting.py" line="160"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="299"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="87"/>
        <source>Paid %n days late</source>
        <translation>
            <numerusform>Paid %n day late</numerusform>
            <numerusform>Paid %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="90"/>
        <source>Overdue: %n days late</source>
        <translation>
            <numerusform>Overdue: %n day late</numerusform>
            <numerusform>Overdue: %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessRequestsTab</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="153"/>
        <source>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</source>
        <translation>
            <numerusform>%n data-access request needs a follow-up: past the deadline without an answer, or answered in part.</numerusform>
            <numerusform>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="189"/>
        <source>%n files of the answer are kept as evidence of the request to %1.</source>
        <translation>
            <numerusform>%n file of the answer is kept as evidence of the request to %1.</numerusform>
            <numerusform>%n files of the answer are kept as evidence of the request to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="252"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/backups/view.py" line="312"/>
        <source>This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; use another backup.</source>
        <translation>
            <numerusform>This backup is damaged: %1 (%n problem in all). Nothing was changed; use another backup.</numerusform>
            <numerusform>This backup is damaged: %1 (%n problems in all). Nothing was changed; use another backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="243"/>
        <source>%n payments counted</source>
        <translation>
            <numerusform>%n payment counted</numerusform>
            <numerusform>%n payments counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="244"/>
        <source>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</source>
        <translation>
            <numerusform>%n payment, %1: it counts in the month the work it covers ends (or, covering no period, when it arrived).</numerusform>
            <numerusform>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="254"/>
        <source>all time, %n clients</source>
        <translation>
            <numerusform>all time, %n client</numerusform>
            <numerusform>all time, %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="263"/>
        <source>%n records changed on two computers: choose which to keep…</source>
        <translation>
            <numerusform>%n record changed on two computers: choose which to keep…</numerusform>
            <numerusform>%n records changed on two computers: choose which to keep…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="389"/>
        <source>Adding up %n selected…</source>
        <translation>
            <numerusform>Adding up %n selected…</numerusform>
            <numerusform>Adding up %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="396"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="402"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/main_window.py" line="525"/>
        <source>%n problems found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="214"/>
        <source>%n new payments, %1 matched to a client.</source>
        <translation>
            <numerusform>%n new payment, %1 matched to a client.</numerusform>
            <numerusform>%n new payments, %1 matched to a client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="200"/>
        <source>Took %n change(s) from your other devices.</source>
        <translation>
            <numerusform>Took %n change from your other devices.</numerusform>
            <numerusform>Took %n changes from your other devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="201"/>
        <source>Wrote %n change file(s).</source>
        <translation>
            <numerusform>Wrote %n change file.</numerusform>
            <numerusform>Wrote %n change files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="204"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="237"/>
        <source>%n records changed on two computers: choose in Entries.</source>
        <translation>
            <numerusform>%n record changed on two computers: choose in Entries.</numerusform>
            <numerusform>%n records changed on two computers: choose in Entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/today/view.py" line="124"/>
        <source>Added. It overlaps %n other entries; both are kept and flagged.</source>
        <translation>
            <numerusform>Added. It overlaps %n other entry; both are kept and flagged.</numerusform>
            <numerusform>Added. It overlaps %n other entries; both are kept and flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="193"/>
        <source>Imported %n trip(s) from the GPX track.</source>
        <translation>
            <numerusform>Imported %n trip from the GPX track.</numerusform>
            <numerusform>Imported %n trips from the GPX track.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="195"/>
        <source>%n track day(s) were already in the log and were skipped.</source>
        <translation>
            <numerusform>%n track day was already in the log and was skipped.</numerusform>
            <numerusform>%n track days were already in the log and were skipped.</numerusform>
        </translation>
    </message>
</context>
</TS>
