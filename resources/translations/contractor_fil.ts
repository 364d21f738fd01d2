<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name></name>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="26"/>
        <source>Your records were restored from the backup of %1.</source>
        <translation>Naibalik ang iyong mga record mula sa backup noong %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="28"/>
        <source>Your records as they were are kept in %1 for %2 days.</source>
        <translation>Ang iyong mga record gaya ng dati ay nakatago sa %1 nang %2 araw.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="31"/>
        <source>Unlock with your new password.</source>
        <translation>I-unlock gamit ang iyong bagong password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="32"/>
        <source>Unlock with the password you had on the day of the backup.</source>
        <translation>I-unlock gamit ang password mo noong araw ng backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="35"/>
        <source>The restore did not finish: %1</source>
        <translation>Hindi natapos ang pag-restore: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="47"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="48"/>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="49"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="50"/>
        <source>Linked to</source>
        <translation>Naka-link sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/list_model.py" line="42"/>
        <source>no pay terms yet</source>
        <translation>wala pang kondisyon ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="36"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="39"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="41"/>
        <source>Pay</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="42"/>
        <source>Not paid for</source>
        <translation>Hindi binabayaran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="43"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Platform fee</source>
        <translation>Bayad sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="45"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="64"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="59"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="69"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="81"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="103"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="40"/>
        <source>These terms apply to work done today.</source>
        <translation>Ang mga kondisyong ito ay para sa trabahong ginawa ngayon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="78"/>
        <source>no pay terms yet: add them with New pay terms</source>
        <translation>wala pang kondisyon ng bayad: idagdag gamit ang Bagong kondisyon ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="74"/>
        <source>%1 (in force)</source>
        <translation>%1 (umiiral)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="34"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="287"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="316"/>
        <source>%1 per hour</source>
        <translation>%1 kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>%1 per %2</source>
        <translation>%1 kada %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="37"/>
        <source>%1 fixed price</source>
        <translation>%1 na fixed price</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="43"/>
        <source>a fixed price for the whole engagement</source>
        <translation>isang fixed price para sa buong engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="45"/>
        <source>every category is paid</source>
        <translation>bayad ang bawat kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="52"/>
        <source>the start</source>
        <translation>ang simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Contractor (freelancer)</source>
        <translation>Contractor (freelancer)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Employee</source>
        <translation>Empleyado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="73"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Bakit mahalaga: ayon sa batas, may karapatan ang mga empleyado sa minimum wage at overtime; kadalasan ay wala ang mga contractor. Simula lang ang nakasulat sa kontrata; mahalaga rin kung paano ka tinatrato.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="185"/>
        <source>Hours and pay per week</source>
        <translation>Oras at bayad kada linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="196"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="210"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Hours</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="202"/>
        <source>Earned (%1)</source>
        <translation>Kinita (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="204"/>
        <source>Paid (%1)</source>
        <translation>Nabayaran (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="212"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <source>Week starting</source>
        <translation>Linggong nagsimula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="245"/>
        <source>%1 in %2 entries</source>
        <translation>%1 sa %2 entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="246"/>
        <source>Earned %1, paid %2</source>
        <translation>Kinita %1, nabayaran %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="263"/>
        <source>Pay per hour at your terms against the minimum wage</source>
        <translation>Bayad kada oras sa iyong kondisyon kumpara sa minimum wage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="274"/>
        <source>Pay per hour at your terms</source>
        <translation>Bayad kada oras sa iyong kondisyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="276"/>
        <source>Minimum wage (estimate)</source>
        <translation>Minimum wage (tantiya)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="313"/>
        <source>Earned %1 for %2 worked</source>
        <translation>Kinita %1 para sa %2 na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="318"/>
        <source>Minimum wage %1 per hour (estimate — not legal advice)</source>
        <translation>Minimum wage %1 kada oras (tantiya — hindi legal na payo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="327"/>
        <source>Paid and owed per client, all time</source>
        <translation>Nabayaran at utang kada kliyente, lahat ng panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="337"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <location filename="../../contractor_app/gui/pay/text.py" line="88"/>
        <source>Paid</source>
        <translation>Nabayaran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="338"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Owed</source>
        <translation>Utang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="371"/>
        <source>%1
Earned %2, paid %3, owed %4</source>
        <translation>%1
Kinita %2, nabayaran %3, utang %4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="37"/>
        <source>Something unexpected stopped this action ({name}). Your records are safe: every change is saved whole or not at all. Try again; if it happens again, please report it.</source>
        <translation>May hindi inaasahang pumigil sa aksyong ito ({name}). Ligtas ang iyong mga record: bawat pagbabago ay nase-save nang buo o hindi talaga. Subukang muli; kung maulit, paki-report ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="48"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="51"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="62"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Start</source>
        <translation>Simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>End</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Duration</source>
        <translation>Tagal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="63"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="75"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="95"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="145"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>Earned</source>
        <translation>Kinita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <source>Flags</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="102"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="105"/>
        <source>Type a time like 09:30.</source>
        <translation>Mag-type ng oras gaya ng 09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="118"/>
        <source>Type a date like 2026-11-26.</source>
        <translation>Mag-type ng petsa gaya ng 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="132"/>
        <source>The entry would start after it ends; change the end first.</source>
        <translation>Magsisimula ang entry pagkatapos nitong matapos; palitan muna ang pagtatapos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="148"/>
        <source>This column cannot be edited.</source>
        <translation>Hindi mae-edit ang column na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Data breach</source>
        <translation>Data breach</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Dispute</source>
        <translation>Alitan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Entry #%1</source>
        <translation>Entry #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Payment #%1</source>
        <translation>Bayad #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Invoice #%1</source>
        <translation>Invoice #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Incident #%1</source>
        <translation>Insidente #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Data record #%1</source>
        <translation>Data record #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="56"/>
        <source>Discard changes?</source>
        <translation>Itapon ang mga pagbabago?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="57"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Hindi pa nase-save ang itinype mo sa form na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="58"/>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="59"/>
        <source>Keep editing</source>
        <translation>Ituloy ang pag-edit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 oras %2 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="29"/>
        <location filename="../../contractor_app/gui/formatting.py" line="161"/>
        <source>%1 h</source>
        <translation>%1 oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="30"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="40"/>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="47"/>
        <source>just now</source>
        <translation>ngayon lang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="49"/>
        <source>%1 min ago</source>
        <translation>%1 min ang nakalipas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="51"/>
        <source>%1 h ago</source>
        <translation>%1 oras ang nakalipas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="52"/>
        <source>%1 days ago</source>
        <translation>%1 araw ang nakalipas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="129"/>
        <source>%1 today</source>
        <translation>%1 ngayong araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="131"/>
        <source>%1 yesterday</source>
        <translation>%1 kahapon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="132"/>
        <source>%1 on %2</source>
        <translation>%1 noong %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Productive</source>
        <translation>Produktibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Assessment</source>
        <translation>Pagsusulit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Waiting</source>
        <translation>Paghihintay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Rework</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="139"/>
        <source>Travel</source>
        <translation>Biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late by %1</source>
        <translation>huli nang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late</source>
        <translation>huli</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>overlap</source>
        <translation>nagsasapaw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>imported</source>
        <translation>na-import</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>edited</source>
        <translation>na-edit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="153"/>
        <source>changed on two computers</source>
        <translation>binago sa dalawang computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/formatting.py" line="160"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="299"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="34"/>
        <source>Edit payment</source>
        <translation>I-edit ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="46"/>
        <source>Delete payment</source>
        <translation>Burahin ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="52"/>
        <source>Record payment</source>
        <translation>Itala ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="61"/>
        <source>Edit invoice</source>
        <translation>I-edit ang invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="74"/>
        <source>Delete invoice</source>
        <translation>Burahin ang invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="95"/>
        <source>Add invoice</source>
        <translation>Magdagdag ng invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Equipment</source>
        <translation>Kagamitan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Transfer fee</source>
        <translation>Bayad sa transfer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Other</source>
        <translation>Iba pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="63"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="64"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="69"/>
        <source>Evidence #%1</source>
        <translation>Ebidensya #%1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="268"/>
        <source>Delete expense</source>
        <translation>Burahin ang gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="177"/>
        <source>Add expense</source>
        <translation>Magdagdag ng gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="78"/>
        <source>Edit expense</source>
        <translation>I-edit ang gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Every hour worked, unpaid categories included</source>
        <translation>Bawat oras ng trabaho, kasama ang mga kategoryang hindi bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>What the work earned under your terms, with bonuses and adjustments</source>
        <translation>Ang kinita ng trabaho sa iyong kondisyon, kasama ang bonus at adjustment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <source>Payments counted in this period: by the period they cover, else by the day they arrived</source>
        <translation>Mga bayad na binilang sa panahong ito: ayon sa panahong sakop nila, kung wala ay ayon sa araw na dumating</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Earned minus paid</source>
        <translation>Kinita bawas nabayaran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid per hour</source>
        <translation>Bayad kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid divided by ALL hours worked, unpaid time included</source>
        <translation>Nabayaran hinati sa LAHAT ng oras ng trabaho, kasama ang oras na hindi bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Check</source>
        <translation>Suri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Net per hour</source>
        <translation>Net kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Paid less what the work cost you (fees, expenses, distance), divided by ALL hours worked</source>
        <translation>Nabayaran bawas ang nagastos mo sa trabaho (bayarin, gastos, layo), hinati sa LAHAT ng oras ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="130"/>
        <source>All clients (%1)</source>
        <translation>Lahat ng kliyente (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/models.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entry</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="141"/>
        <source>Exchange rate needed</source>
        <translation>Kailangan ng exchange rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="142"/>
        <source>The minimum wage here is in %1 and this client pays in %2: to compare them, %3.</source>
        <translation>Ang minimum wage dito ay nasa %1 at nagbabayad ang kliyenteng ito sa %2: para maikumpara, %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="146"/>
        <source>No minimum wage known</source>
        <translation>Walang alam na minimum wage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="147"/>
        <source>No minimum wage is known for this client&apos;s place in its currency. Set the client&apos;s jurisdiction in Clients.</source>
        <translation>Walang alam na minimum wage para sa lugar ng kliyenteng ito sa currency nito. Itakda ang hurisdiksyon ng kliyente sa Mga Kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="150"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="179"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="199"/>
        <source>%1/h</source>
        <translation>%1/oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="151"/>
        <source>%1, from %2. Source: %3</source>
        <translation>%1, mula %2. Pinagmulan: %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="154"/>
        <source>%1/h (%2/h)</source>
        <translation>%1/oras (%2/oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="157"/>
        <source>Converted at %1.</source>
        <translation>Kinonvert sa %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="161"/>
        <source>The agreed terms pay %1 for hours that come to %2 at the minimum wage: %3 short (%4).</source>
        <translation>Ang napagkasunduang kondisyon ay nagbabayad ng %1 para sa mga oras na %2 sa minimum wage: kulang nang %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="165"/>
        <source>At or above minimum wage</source>
        <translation>Nasa o lampas sa minimum wage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="168"/>
        <source>Below the app-based pay floor</source>
        <translation>Mababa sa pay floor ng app-based na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="169"/>
        <source>%1 sets %2 an hour for app-based work: the agreed terms pay %3 for hours that come to %4 at it, %5 short (%6).</source>
        <translation>Nagtakda ang %1 ng %2 kada oras para sa app-based na trabaho: ang napagkasunduang kondisyon ay nagbabayad ng %3 para sa mga oras na %4 sa rate na iyon, kulang nang %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="180"/>
        <source>%1 paid ÷ %2 worked</source>
        <translation>%1 nabayaran ÷ %2 trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="192"/>
        <source>(%1 paid − %2 costs) ÷ %3 worked. Costs: fees %4, expenses %5, distance %6</source>
        <translation>(%1 nabayaran − %2 gastos) ÷ %3 trabaho. Gastos: bayarin %4, gastos %5, layo %6</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="197"/>
        <source>Not subtracted, in other currencies: %1</source>
        <translation>Hindi ibinawas, sa ibang currency: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Gross: before fees</source>
        <translation>Gross: bago ang bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Fees and deductions</source>
        <translation>Bayarin at kaltas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Covers</source>
        <translation>Sakop</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Pays for</source>
        <translation>Bayad para sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="66"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="225"/>
        <source>Fees %1, deductions %2</source>
        <translation>Bayarin %1, kaltas %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="228"/>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Issued</source>
        <translation>Inilabas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="258"/>
        <source>Last payment %1</source>
        <translation>Huling bayad %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="259"/>
        <source>not set</source>
        <translation>hindi nakatakda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>For</source>
        <translation>Para sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>Work done</source>
        <translation>Natapos na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Deadline from</source>
        <translation>Deadline mula sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Days late</source>
        <translation>Araw na huli</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="278"/>
        <source>Possible damages</source>
        <translation>Posibleng danyos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>the invoice</source>
        <translation>ang invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>your contract</source>
        <translation>ang iyong kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="295"/>
        <source>The work it pays for was finished on this day</source>
        <translation>Natapos sa araw na ito ang trabahong binabayaran nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="297"/>
        <source>not paid yet</source>
        <translation>hindi pa bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="22"/>
        <source>estimate — not legal advice</source>
        <translation>tantiya — hindi legal na payo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="27"/>
        <source>Agreed pay below minimum wage — estimate, not legal advice</source>
        <translation>Napagkasunduang bayad na mababa sa minimum wage — tantiya, hindi legal na payo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Platform payout</source>
        <translation>Payout ng platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cheque</source>
        <translation>Tseke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="87"/>
        <source>Paid %n days late</source>
        <translation>
            <numerusform>Nabayaran nang %n araw na huli</numerusform>
            <numerusform>Nabayaran nang %n araw na huli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="90"/>
        <source>Overdue: %n days late</source>
        <translation>
            <numerusform>Lampas na: %n araw na huli</numerusform>
            <numerusform>Lampas na: %n araw na huli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="92"/>
        <source>Part paid</source>
        <translation>Bahagyang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="93"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="99"/>
        <source>No due date: none on the invoice, no payment terms, and no law known for this place.</source>
        <translation>Walang takdang petsa: wala sa invoice, walang kondisyon ng bayad, at walang alam na batas para sa lugar na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="101"/>
        <source>Due date written on the invoice.</source>
        <translation>Takdang petsang nakasulat sa invoice.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="103"/>
        <source>Due date from the payment terms agreed with this client.</source>
        <translation>Takdang petsa mula sa kondisyon ng bayad na napagkasunduan sa kliyenteng ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="104"/>
        <source>Deadline from %1 (%2).</source>
        <translation>Deadline ayon sa %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="39"/>
        <source>Match payment to %1</source>
        <translation>Itugma ang bayad sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="64"/>
        <source>Fees</source>
        <translation>Bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="65"/>
        <source>Payer</source>
        <translation>Nagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="67"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="68"/>
        <source>Why not matched</source>
        <translation>Bakit hindi naitugma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="80"/>
        <source>Imported payments to match</source>
        <translation>Mga na-import na bayad na itutugma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="82"/>
        <source>Client to match the payment to</source>
        <translation>Kliyenteng pagtutugmaan ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="83"/>
        <source>Match to client</source>
        <translation>Itugma sa kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="86"/>
        <source>Nothing to match. Payments imported from a statement whose payer is not one of your clients wait here.</source>
        <translation>Walang itutugma. Dito naghihintay ang mga bayad na na-import mula sa statement na ang nagbayad ay hindi mo kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="89"/>
        <source>Client:</source>
        <translation>Kliyente:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="123"/>
        <source>Select a payment and the client it is from.</source>
        <translation>Pumili ng bayad at ng kliyenteng pinagmulan nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="129"/>
        <source>Matched to %1; its payer will be recognised next time. Undo with Ctrl+Z.</source>
        <translation>Naitugma sa %1; makikilala ang nagbayad sa susunod. I-undo gamit ang Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>Los Angeles</source>
        <translation>Los Angeles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York State</source>
        <translation>New York State</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York City</source>
        <translation>New York City</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>Washington State</source>
        <translation>Washington State</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="27"/>
        <source>Seattle</source>
        <translation>Seattle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="27"/>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="81"/>
        <source>“%1” could be %2. Choose one from the list.</source>
        <translation>Ang “%1” ay maaaring %2. Pumili ng isa sa listahan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="82"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="50"/>
        <source>Add %1</source>
        <translation>Magdagdag ng %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="63"/>
        <source>Delete %1</source>
        <translation>Burahin ang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="78"/>
        <location filename="../../contractor_app/gui/undo.py" line="99"/>
        <source>Edit %1</source>
        <translation>I-edit ang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>data record</source>
        <translation>data record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>incident</source>
        <translation>insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Low: nothing about a person</source>
        <translation>Mababa: walang tungkol sa isang tao</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Medium: names, contact details</source>
        <translation>Katamtaman: pangalan, contact details</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="24"/>
        <source>High: IDs, money, private messages</source>
        <translation>Mataas: ID, pera, pribadong mensahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="25"/>
        <source>Special category: health, biometrics, beliefs, sex life</source>
        <translation>Espesyal na kategorya: kalusugan, biometrics, paniniwala, buhay sekswal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screen recording</source>
        <translation>Screen recording</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screenshots</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Voice recording</source>
        <translation>Voice recording</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Keystrokes or activity</source>
        <translation>Keystroke o aktibidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Location</source>
        <translation>Lokasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>ID document</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>Biometrics (face, fingerprint)</source>
        <translation>Biometrics (mukha, fingerprint)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Ratings</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Given in writing</source>
        <translation>Ibinigay nang nakasulat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Clicked through</source>
        <translation>Na-click lang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Not asked</source>
        <translation>Hindi tinanong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Refused</source>
        <translation>Tinanggihan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Sarado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="81"/>
        <source>since %1</source>
        <translation>mula %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="83"/>
        <source>until %1</source>
        <translation>hanggang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="57"/>
        <source>No consent was given: worth raising in a data-access request.</source>
        <translation>Walang ibinigay na pahintulot: mainam itong banggitin sa data-access request.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="64"/>
        <source>Kinds of data</source>
        <translation>Uri ng data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="65"/>
        <source>Whose data</source>
        <translation>Kaninong data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="66"/>
        <source>Sensitivity</source>
        <translation>Pagkasensitibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="68"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="80"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="76"/>
        <source>What was collected</source>
        <translation>Ano ang kinolekta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="77"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="78"/>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>Retention you were told</source>
        <translation>Retention na sinabi sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>not told</source>
        <translation>hindi sinabi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="93"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="94"/>
        <source>Company</source>
        <translation>Kumpanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="96"/>
        <source>Notice received</source>
        <translation>Natanggap ang abiso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="97"/>
        <source>When it happened</source>
        <translation>Kailan nangyari</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="98"/>
        <source>Data involved</source>
        <translation>Data na sangkot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="99"/>
        <source>Steps taken</source>
        <translation>Mga hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="100"/>
        <source>Costs</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="101"/>
        <source>Time spent</source>
        <translation>Oras na ginugol</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="29"/>
        <source>This is the recovery key of your Contractor Ledger records.</source>
        <translation>Ito ang recovery key ng iyong mga record sa Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="30"/>
        <source>If you forget your password, it lets you open your records and choose a new password.</source>
        <translation>Kung makalimutan mo ang password, mabubuksan mo dito ang iyong mga record at makakapili ng bagong password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="31"/>
        <source>If you lose both your password and this key, nobody can open your records.</source>
        <translation>Kung mawala ang password mo at ang key na ito, walang makakapagbukas ng iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="32"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone with it can open your records.</source>
        <translation>Itago ang pahinang ito sa ligtas na lugar, malayo sa computer. Sinumang may hawak nito ay makakapagbukas ng iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="34"/>
        <source>Records folder: %1</source>
        <translation>Folder ng mga record: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="35"/>
        <source>Made on: %1</source>
        <translation>Ginawa noong: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="37"/>
        <source>Contractor Ledger: recovery key</source>
        <translation>Contractor Ledger: recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>your details</source>
        <translation>iyong detalye</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the client&apos;s details</source>
        <translation>detalye ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the pay figures</source>
        <translation>mga halaga ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the work entries</source>
        <translation>mga entry ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the payments</source>
        <translation>mga bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the evidence list</source>
        <translation>listahan ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the edit history</source>
        <translation>kasaysayan ng pag-edit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the data records and incidents</source>
        <translation>mga data record at insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="46"/>
        <source>Not made from your records. The file is untouched, but it was made from someone else&apos;s records (key %1), so it cannot be checked against yours.</source>
        <translation>Hindi ginawa mula sa iyong mga record. Buo ang file, pero ginawa ito mula sa record ng ibang tao (key %1), kaya hindi ito masusuri laban sa iyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="52"/>
        <source>Untouched, but your records changed since it was made: %1 are different now. Make a new report to show your records as they are.</source>
        <translation>Buo, pero nagbago ang iyong mga record mula nang gawin ito: iba na ngayon ang %1. Gumawa ng bagong report para ipakita ang mga record mo ngayon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="57"/>
        <source>Later changes to your records (%1) did not touch it.</source>
        <translation>Hindi ito naapektuhan ng mga sumunod na pagbabago sa iyong mga record (%1).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="58"/>
        <source>Valid: this is the report as it was made, not a byte changed, and it still matches your records.</source>
        <translation>Valid: ito ang report gaya noong ginawa, walang byte na nabago, at tugma pa rin sa iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="64"/>
        <source>Altered: this file is not the report as it was made. Do not rely on it; ask for the original, or make a new report.</source>
        <translation>Binago: hindi ito ang report gaya noong ginawa. Huwag itong pagkatiwalaan; hingin ang orihinal, o gumawa ng bagong report.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="67"/>
        <source>This file could not be checked: %1</source>
        <translation>Hindi masuri ang file na ito: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="73"/>
        <source>everything recorded</source>
        <translation>lahat ng naitala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entry</source>
        <translation>Burahin ang entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entries</source>
        <translation>Burahin ang mga entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="141"/>
        <source>Add entry</source>
        <translation>Magdagdag ng entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Distance</source>
        <translation>Layo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Cost</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="59"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="64"/>
        <source>not priced</source>
        <translation>walang presyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="65"/>
        <source>No official rate is known for your country on that day.</source>
        <translation>Walang kilalang opisyal na rate para sa iyong bansa sa araw na iyon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="204"/>
        <source>Delete trip</source>
        <translation>Burahin ang biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="119"/>
        <source>Add trip</source>
        <translation>Magdagdag ng biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/commands.py" line="14"/>
        <source>Unlink evidence</source>
        <translation>Alisin ang link ng ebidensya</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="27"/>
        <source>About Contractor Ledger</source>
        <translation>Tungkol sa Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="31"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="32"/>
        <source>Version {version}</source>
        <translation>Bersyon {version}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="35"/>
        <source>A worker&apos;s own encrypted record of work, pay and data.</source>
        <translation>Sariling naka-encrypt na record ng manggagawa ng trabaho, bayad at data.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="36"/>
        <source>Contractor Ledger makes no network connections: your records never leave this computer unless you export or back them up.</source>
        <translation>Walang network connection ang Contractor Ledger: hindi umaalis sa computer na ito ang iyong mga record maliban kung i-export o i-backup mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="39"/>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): {url}</source>
        <translation>Libreng software sa ilalim ng GNU General Public License, bersyon 3 o mas bago ({licence}): {url}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="41"/>
        <source>Built with Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab and PDFium. Reports use the DejaVu fonts (Bitstream Vera and public-domain changes).</source>
        <translation>Ginawa gamit ang Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab at PDFium. Ginagamit ng mga report ang DejaVu fonts (Bitstream Vera at mga pagbabagong public domain).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="44"/>
        <source>Icons from Lucide (ISC licence).</source>
        <translation>Mga icon mula sa Lucide (lisensyang ISC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="48"/>
        <source>Not yet reviewed by a native speaker: the translations into {languages}. Corrections are welcome.</source>
        <translation>Hindi pa nasusuri ng katutubong nagsasalita: ang mga salin sa {languages}. Malugod na tinatanggap ang mga pagwawasto.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="235"/>
        <source>About you</source>
        <translation>Tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="236"/>
        <source>Reports show your name; times are shown in your zone, amounts in your currency.</source>
        <translation>Ipinapakita ng mga report ang pangalan mo; ang oras ay nasa iyong time zone, ang halaga ay nasa iyong currency.</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="52"/>
        <source>Your name</source>
        <translation>Pangalan mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="53"/>
        <source>As reports should show it (optional)</source>
        <translation>Gaya ng dapat ipakita sa report (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="63"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="65"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="67"/>
        <source>Country or region</source>
        <translation>Bansa o rehiyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="68"/>
        <source>Where you work: a country, state or city, e.g. California</source>
        <translation>Kung saan ka nagtatrabaho: bansa, estado o lungsod, hal. California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="76"/>
        <source>Your &amp;name</source>
        <translation>&amp;Pangalan mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="77"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="78"/>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="79"/>
        <source>Country or &amp;region</source>
        <translation>Bansa o &amp;rehiyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="131"/>
        <source>%1: no minimum wage in %2 is known to this app.</source>
        <translation>%1: walang alam ang app na ito na minimum wage sa %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="135"/>
        <source>%1: the minimum wage that applies is %2 an hour (estimate — not legal advice).</source>
        <translation>%1: ang umiiral na minimum wage ay %2 kada oras (tantiya — hindi legal na payo).</translation>
    </message>
</context>
<context>
    <name>AccessRequestsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="68"/>
        <source>Data-access requests</source>
        <translation>Mga data-access request</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="126"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="127"/>
        <source>Law</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="128"/>
        <source>Sent</source>
        <translation>Naipadala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="129"/>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="130"/>
        <source>Standing</source>
        <translation>Kalagayan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="132"/>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="77"/>
        <source>Follow-up letter…</source>
        <translation>Follow-up na liham…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="78"/>
        <source>Make the follow-up letter for a request past its deadline or answered in part</source>
        <translation>Gumawa ng follow-up na liham para sa request na lampas na sa deadline o bahagya lang ang sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="81"/>
        <source>&amp;Import the answer…</source>
        <translation>&amp;I-import ang sagot…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="82"/>
        <source>Keep the files of the platform&apos;s answer (a zip) as evidence of this request</source>
        <translation>Itago ang mga file ng sagot ng platform (isang zip) bilang ebidensya ng request na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="85"/>
        <source>&amp;Add a request…</source>
        <translation>&amp;Magdagdag ng kahilingan…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="86"/>
        <source>Record a data-access request you sent: its deadline by law shows here</source>
        <translation>Itala ang kahilingan sa pag-access ng datos na ipinadala mo: makikita rito ang takdang panahon ayon sa batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="88"/>
        <source>Record the a&amp;nswer…</source>
        <translation>Itala ang s&amp;agot…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="89"/>
        <source>When the client answered, and whether the answer held everything</source>
        <translation>Kailan sumagot ang kliyente, at kung kumpleto ang sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="91"/>
        <source>E&amp;xtension…</source>
        <translation>Ekst&amp;ensiyon…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="92"/>
        <source>The client said it needs the extra time the law allows</source>
        <translation>Sinabi ng kliyente na kailangan nito ang dagdag na panahong pinapayagan ng batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="231"/>
        <source>Select a request to see how its deadline was counted.</source>
        <translation>Pumili ng request para makita kung paano binilang ang deadline nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="234"/>
        <source>Due %1. %2</source>
        <translation>Takdang petsa %1. %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="237"/>
        <source>Due %1 (%2). %3</source>
        <translation>Takdang petsa %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="241"/>
        <source> (extended)</source>
        <translation> (pinahaba)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="252"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="153"/>
        <source>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</source>
        <translation>
            <numerusform>%n data-access request ang kailangang i-follow up: lampas na sa deadline nang walang sagot, o bahagya lang ang sagot.</numerusform>
            <numerusform>%n data-access request ang kailangang i-follow up: lampas na sa deadline nang walang sagot, o bahagya lang ang sagot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="76"/>
        <source>How the deadline was counted</source>
        <translation>Paano binilang ang deadline</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="156"/>
        <source>Sent a data-access request? Record it with “Add a request…” and its deadline by law shows here; an overdue one is marked.</source>
        <translation>Nagpadala ng kahilingan sa pag-access ng datos? Itala ito gamit ang “Magdagdag ng kahilingan…” at makikita rito ang takdang panahon ayon sa batas; minamarkahan ang lampas na.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="189"/>
        <source>%n files of the answer are kept as evidence of the request to %1.</source>
        <translation>
            <numerusform>%n file ng sagot ang nakatago bilang ebidensya ng request sa %1.</numerusform>
            <numerusform>%n file ng sagot ang nakatago bilang ebidensya ng request sa %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="216"/>
        <source>Saved the request to %1: due %2 (%3).</source>
        <translation>Nai-save ang kahilingan sa %1: takdang araw %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="220"/>
        <source>Import the answer</source>
        <translation>I-import ang sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="221"/>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Mga zip file (*.zip);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>waiting, in time</source>
        <translation>naghihintay, nasa oras pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>OVERDUE: no answer</source>
        <translation>LAMPAS NA: walang sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered in part</source>
        <translation>bahagyang nasagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered</source>
        <translation>nasagot</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Record a data-access request</source>
        <translation>Itala ang kahilingan sa pag-access ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>Law</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>By the client&apos;s jurisdiction</source>
        <translation>Ayon sa hurisdiksiyon ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="85"/>
        <source>Sent on</source>
        <translation>Ipinadala noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="36"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="37"/>
        <source>post</source>
        <translation>koreo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="38"/>
        <source>web form</source>
        <translation>web form</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="39"/>
        <source>in the app</source>
        <translation>sa app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="87"/>
        <source>Sent by</source>
        <translation>Ipinadala sa pamamagitan ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>&amp;Received on</source>
        <translation>Natang&amp;gap noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>Received on</source>
        <translation>Natanggap noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>optional: reference number, to whom it went…</source>
        <translation>opsiyonal: reference number, kung kanino ipinadala…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="91"/>
        <source>&amp;Law</source>
        <translation>&amp;Batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="92"/>
        <source>&amp;Sent on</source>
        <translation>Ipina&amp;dala noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="93"/>
        <source>Sent &amp;by</source>
        <translation>Ipinadala sa pa&amp;mamagitan ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="95"/>
        <source>&amp;Note</source>
        <translation>Ta&amp;la</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="101"/>
        <source>Choose the client the request went to.</source>
        <translation>Piliin ang kliyenteng pinadalhan ng kahilingan.</translation>
    </message>
</context>
<context>
    <name>AnchorPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="62"/>
        <source>Import a time stamp</source>
        <translation>Mag-import ng time stamp</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="63"/>
        <source>Time-stamp responses (*.tsr);;All files (*)</source>
        <translation>Mga sagot ng time stamp (*.tsr);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="66"/>
        <source>Which authority?</source>
        <translation>Aling awtoridad?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="67"/>
        <source>Which authority stamped it? FreeTSA: choose its CA file (cacert.pem). DigiCert, or another authority your system trusts: use your system&apos;s certificates.</source>
        <translation>Aling awtoridad ang nag-stamp nito? FreeTSA: piliin ang CA file nito (cacert.pem). DigiCert, o ibang awtoridad na pinagkakatiwalaan ng iyong system: gamitin ang mga certificate ng system.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="71"/>
        <source>Choose the CA file…</source>
        <translation>Piliin ang CA file…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="73"/>
        <source>My system&apos;s certificates</source>
        <translation>Mga certificate ng aking system</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="82"/>
        <source>The authority&apos;s CA certificate</source>
        <translation>Ang CA certificate ng awtoridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="83"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Mga certificate (*.pem *.crt *.cer);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="89"/>
        <source>Save the time-stamp request</source>
        <translation>I-save ang kahilingan ng time stamp</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="90"/>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Mga kahilingan ng time stamp (*.tsq)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="109"/>
        <source>your e-mail address, or your union&apos;s</source>
        <translation>ang iyong e-mail address, o ng iyong unyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="110"/>
        <source>Send the anchor to</source>
        <translation>Ipadala ang anchor sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="111"/>
        <source>Email…</source>
        <translation>Email…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="112"/>
        <source>Email the anchor with your mail program</source>
        <translation>I-email ang anchor gamit ang iyong mail program</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="113"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="114"/>
        <source>Copy the anchor</source>
        <translation>Kopyahin ang anchor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="115"/>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="116"/>
        <source>Print the anchor</source>
        <translation>I-print ang anchor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="117"/>
        <source>Time-stamp request…</source>
        <translation>Kahilingan ng time stamp…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="118"/>
        <source>Save a time-stamp request for the anchor</source>
        <translation>I-save ang kahilingan ng time stamp para sa anchor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="119"/>
        <source>Import a time stamp…</source>
        <translation>Mag-import ng time stamp…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="120"/>
        <source>Import and check a time stamp from an authority</source>
        <translation>Mag-import at suriin ang time stamp mula sa isang awtoridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="141"/>
        <source>&lt;b&gt;Anchor your records&lt;/b&gt;</source>
        <translation>&lt;b&gt;I-anchor ang iyong mga record&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="142"/>
        <source>Send today&apos;s anchor somewhere you do not control: it shows later that your records stood as they are now no later than today.</source>
        <translation>Ipadala ang anchor ngayong araw sa lugar na hindi mo kontrolado: ipapakita nito kalaunan na ganito na ang iyong mga record hindi lalampas sa araw na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="147"/>
        <source>Stronger: have it time-stamped by a public authority. Save the request, send it with curl (docs/evidence.md in the guide shows how), then import the answer.</source>
        <translation>Mas matibay: ipa-time-stamp ito sa isang pampublikong awtoridad. I-save ang kahilingan, ipadala gamit ang curl (ipinapakita ng docs/evidence.md sa gabay kung paano), saka i-import ang sagot.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="164"/>
        <source>No mail program opened. Copy the anchor and send it yourself.</source>
        <translation>Walang bumukas na mail program. Kopyahin ang anchor at ipadala mo ito mismo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="185"/>
        <source>Saved %1. Send it to a time-stamping authority, then import the answer (.tsr).</source>
        <translation>Nai-save ang %1. Ipadala ito sa isang time-stamping authority, saka i-import ang sagot (.tsr).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="200"/>
        <source>Checked and kept: anchor %1 existed no later than %2 UTC, per %3.</source>
        <translation>Nasuri at itinago: umiiral na ang anchor %1 nang hindi lalampas sa %2 UTC, ayon sa %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="220"/>
        <source>Today&apos;s anchor: %1 (%2, %3 changes recorded)</source>
        <translation>Anchor ngayong araw: %1 (%2, %3 pagbabagong naitala)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="228"/>
        <source>time-stamped by %1</source>
        <translation>may time-stamp mula sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed to %1</source>
        <translation>na-email sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed</source>
        <translation>na-email</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>copied</source>
        <translation>nakopya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>printed</source>
        <translation>na-print</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="115"/>
        <source>Record the answer from %1</source>
        <translation>Itala ang sagot mula sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="116"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="118"/>
        <source>Answered on</source>
        <translation>Sinagot noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="119"/>
        <source>It holds &amp;everything asked for</source>
        <translation>Nasa loob ang &amp;lahat ng hiningi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>What was missing</source>
        <translation>Ang kulang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>e.g. ratings, the reasons for the deactivation</source>
        <translation>hal. mga rating, ang mga dahilan ng deactivation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="125"/>
        <source>&amp;Answered on</source>
        <translation>&amp;Sinagot noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="127"/>
        <source>&amp;What was missing</source>
        <translation>Ang &amp;kulang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="134"/>
        <source>Say what the answer left out (the follow-up letter names it), or tick that it holds everything.</source>
        <translation>Sabihin kung ano ang hindi isinama ng sagot (binabanggit ito ng follow-up na liham), o markahang kumpleto ito.</translation>
    </message>
</context>
<context>
    <name>AppSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="35"/>
        <source>This app</source>
        <translation>Ang app na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="40"/>
        <source>Never</source>
        <translation>Hindi kailanman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="41"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="43"/>
        <source>Lock after this many idle minutes</source>
        <translation>I-lock pagkatapos ng ganitong minutong walang galaw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="46"/>
        <source> h</source>
        <translation> oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="48"/>
        <source>Ask about the timer after this many hours</source>
        <translation>Magtanong tungkol sa timer pagkatapos ng ganitong oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="49"/>
        <source>Remind me at</source>
        <translation>Paalalahanan ako sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="53"/>
        <source>Reminder time</source>
        <translation>Oras ng paalala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="58"/>
        <source>if nothing is logged that day</source>
        <translation>kung walang naitala sa araw na iyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="60"/>
        <source>Paper size for reports</source>
        <translation>Laki ng papel para sa report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="61"/>
        <source>By my country or region</source>
        <translation>Ayon sa aking bansa o rehiyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="66"/>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="92"/>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="67"/>
        <source>Same as this computer</source>
        <translation>Katulad ng computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="73"/>
        <source>Restart now</source>
        <translation>I-restart ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="74"/>
        <source>Lock your records and open Contractor Ledger again in the new language</source>
        <translation>I-lock ang iyong mga record at buksang muli ang Contractor Ledger sa bagong wika</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="81"/>
        <source>Lock when idle for</source>
        <translation>I-lock kapag walang galaw nang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="82"/>
        <source>Ask about a forgotten timer after</source>
        <translation>Magtanong sa nakalimutang timer pagkatapos ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="83"/>
        <source>Daily reminder</source>
        <translation>Araw-araw na paalala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="84"/>
        <source>Paper for reports</source>
        <translation>Papel para sa report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="88"/>
        <source>By country: Letter in the US and Canada, A4 elsewhere. A report can still be made on the other size.</source>
        <translation>Ayon sa bansa: Letter sa US at Canada, A4 sa iba. Maaari pa ring gumawa ng report sa ibang laki.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="114"/>
        <source>The new language applies the next time you open Contractor Ledger.</source>
        <translation>Magagamit ang bagong wika sa susunod mong pagbukas ng Contractor Ledger.</translation>
    </message>
</context>
<context>
    <name>AutoBackupForm</name>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="35"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="43"/>
        <source>Automatic backups</source>
        <translation>Mga awtomatikong backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="41"/>
        <source>Back up when I lock or quit</source>
        <translation>Mag-back up kapag nag-lock o umalis ako</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="42"/>
        <source>Once a day, if something changed.</source>
        <translation>Isang beses sa isang araw, kung may nagbago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="45"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="117"/>
        <source>Folder for automatic backups</source>
        <translation>Folder para sa mga awtomatikong backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="46"/>
        <source>A full path, like /home/you/Backups</source>
        <translation>Buong path, gaya ng /home/ikaw/Backups</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="47"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="48"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Piliin ang folder para sa mga awtomatikong backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="50"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="51"/>
        <source>Use the backups folder beside your records</source>
        <translation>Gamitin ang backups folder sa tabi ng iyong mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Daily backups to keep</source>
        <translation>Mga araw-araw na backup na itatago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Weekly backups to keep</source>
        <translation>Mga lingguhang backup na itatago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Monthly backups to keep</source>
        <translation>Mga buwanang backup na itatago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>daily</source>
        <translation>araw-araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>weekly</source>
        <translation>lingguhan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="61"/>
        <source>monthly</source>
        <translation>buwanan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="65"/>
        <source>Save backup settings</source>
        <translation>I-save ang mga setting ng backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="71"/>
        <source>Folder (also for Back up now):</source>
        <translation>Folder (para rin sa I-backup ngayon):</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="73"/>
        <source>Keep the latest:</source>
        <translation>Itago ang pinakabago:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="75"/>
        <source>Older automatic backups are deleted as new ones are made. Backups you make yourself are never deleted. A folder on another disk, or one a cloud drive syncs, keeps a copy safe if this computer fails; backups are encrypted.</source>
        <translation>Binubura ang mas lumang awtomatikong backup habang may nagagawang bago. Hindi kailanman binubura ang mga backup na ikaw mismo ang gumawa. Ang folder sa ibang disk, o naka-sync sa cloud drive, ay nagtatago ng ligtas na kopya kung masira ang computer na ito; naka-encrypt ang mga backup.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="40"/>
        <source>Made</source>
        <translation>Ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="41"/>
        <source>How</source>
        <translation>Paano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="42"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="44"/>
        <source>Check</source>
        <translation>Suri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>Automatic</source>
        <translation>Awtomatiko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>By you</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="57"/>
        <source>Not checked</source>
        <translation>Hindi pa nasusuri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="60"/>
        <source>Complete (checked %1)</source>
        <translation>Kumpleto (nasuri %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="61"/>
        <source>Damaged (checked %1)</source>
        <translation>Sira (nasuri %1)</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="77"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="78"/>
        <source>Cancel the backup work in progress</source>
        <translation>Kanselahin ang kasalukuyang backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="85"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="86"/>
        <source>A backup is an encrypted copy of all your records, evidence included. It opens with the password you had on the day it was made, or with your recovery key. Keep one on another disk too.</source>
        <translation>Ang backup ay naka-encrypt na kopya ng lahat ng iyong record, kasama ang ebidensya. Nabubuksan ito gamit ang password mo noong araw na ginawa ito, o ang iyong recovery key. Magtago rin ng isa sa ibang disk.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="107"/>
        <source>Last backup</source>
        <translation>Huling backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="115"/>
        <source>Check it…</source>
        <translation>Suriin…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="116"/>
        <source>Check the last backup</source>
        <translation>Suriin ang huling backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="129"/>
        <source>Back up now</source>
        <translation>I-backup ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="133"/>
        <source>Back up to…</source>
        <translation>I-backup sa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="135"/>
        <source>Check a backup…</source>
        <translation>Suriin ang isang backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="137"/>
        <source>Restore…</source>
        <translation>I-restore…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="138"/>
        <source>Restore your records from a backup</source>
        <translation>I-restore ang iyong mga record mula sa backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="149"/>
        <source>Backups in the folder</source>
        <translation>Mga backup sa folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="153"/>
        <source>Backups in the backup folder</source>
        <translation>Mga backup sa backup folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="164"/>
        <source>No backups in this folder yet. Back up now: it takes a few seconds.</source>
        <translation>Wala pang backup sa folder na ito. Mag-backup ngayon: ilang segundo lang.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="171"/>
        <source>Double-click a backup to check it.</source>
        <translation>I-double-click ang backup para suriin ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="195"/>
        <source>No backup yet</source>
        <translation>Wala pang backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="196"/>
        <source>Back up now to keep a copy of your records. A backup is also made automatically when you lock, once a day, if your records changed.</source>
        <translation>Mag-backup ngayon para magkaroon ng kopya ng iyong mga record. Awtomatiko ring nagba-backup kapag nag-lock ka, isang beses sa isang araw, kung nagbago ang iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="199"/>
        <source>Backups go to %1</source>
        <translation>Napupunta ang mga backup sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>automatic</source>
        <translation>awtomatiko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>made by you</source>
        <translation>ginawa mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="205"/>
        <source>Saved as %1</source>
        <translation>Na-save bilang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="230"/>
        <source>Backups (*%1);;All files (*)</source>
        <translation>Mga backup (*%1);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="236"/>
        <source>Back up to</source>
        <translation>I-backup sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="237"/>
        <source>Backups (*%1)</source>
        <translation>Mga backup (*%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="256"/>
        <source>Backing up…</source>
        <translation>Nagba-backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="267"/>
        <source>Backup saved: %1 (%2). It opens with your current password or your recovery key.</source>
        <translation>Na-save ang backup: %1 (%2). Nabubuksan ito gamit ang kasalukuyan mong password o ang iyong recovery key.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="277"/>
        <source>Check a backup</source>
        <translation>Suriin ang isang backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="285"/>
        <source>Check the backup of %1? It is unpacked into a temporary folder and checked the way a restore would check it. Your records are not changed.</source>
        <translation>Suriin ang backup noong %1? Bubuksan ito sa pansamantalang folder at susuriin gaya ng pagsusuri sa restore. Hindi mababago ang iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="287"/>
        <source>Check</source>
        <translation>Suri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="297"/>
        <source>Checking the backup…</source>
        <translation>Sinusuri ang backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="308"/>
        <source>This backup is complete and restores: %1 records, %2 evidence files, %3.</source>
        <translation>Kumpleto ang backup na ito at nare-restore: %1 record, %2 file ng ebidensya, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/backups/view.py" line="312"/>
        <source>This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; use another backup.</source>
        <translation>
            <numerusform>Sira ang backup na ito: %1 (%n problema lahat). Walang binago; gumamit ng ibang backup.</numerusform>
            <numerusform>Sira ang backup na ito: %1 (%n problema lahat). Walang binago; gumamit ng ibang backup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="341"/>
        <source>Restore a backup</source>
        <translation>Mag-restore ng backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="351"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days, so nothing is lost. Contractor Ledger locks while it restores; then unlock with the password you had on the day of the backup, or with the new one if you use your recovery key.</source>
        <translation>Palitan ang iyong mga record ng backup noong %1?

Itatabi ang kasalukuyan mong mga record sa %2 nang %3 araw, kaya walang mawawala. Naka-lock ang Contractor Ledger habang nagre-restore; pagkatapos, i-unlock gamit ang password mo noong araw ng backup, o ang bago kung gagamitin mo ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="355"/>
        <source>Restore</source>
        <translation>I-restore</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="366"/>
        <source>Checking the backup before restoring…</source>
        <translation>Sinusuri ang backup bago mag-restore…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="386"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="398"/>
        <source>Cancelled. Nothing was written, and your records are unchanged.</source>
        <translation>Kinansela. Walang isinulat, at walang nagbago sa iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="401"/>
        <source>Wrong password for this backup: it opens with the password you had on the day it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Maling password para sa backup na ito: nabubuksan ito gamit ang password mo noong araw na ginawa ito, o ang iyong recovery key. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="403"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Hindi nabubuksan ng recovery key na iyan ang backup na ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="405"/>
        <source>This backup is damaged (%1). Nothing was restored or changed; use another backup.</source>
        <translation>Sira ang backup na ito (%1). Walang na-restore o nabago; gumamit ng ibang backup.</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="103"/>
        <source>%1  (already linked)</source>
        <translation>%1  (naka-link na)</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="63"/>
        <source>Edit details…</source>
        <translation>I-edit ang detalye…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Your id on the platform</source>
        <translation>Iyong id sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="78"/>
        <source>Classification</source>
        <translation>Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Jurisdiction</source>
        <translation>Hurisdiksyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Workweek starts</source>
        <translation>Simula ng linggo ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Pays within</source>
        <translation>Nagbabayad sa loob ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="83"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="90"/>
        <source>Details</source>
        <translation>Detalye</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="93"/>
        <source>Written contract</source>
        <translation>Nakasulat na kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="101"/>
        <source>Engagements and their pay terms history</source>
        <translation>Mga engagement at kasaysayan ng kondisyon ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="114"/>
        <source>Add engagement…</source>
        <translation>Magdagdag ng engagement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="116"/>
        <source>New pay terms (a raise)…</source>
        <translation>Bagong kondisyon ng bayad (dagdag-sahod)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="117"/>
        <source>Record new terms from a date; earlier work keeps the old terms</source>
        <translation>Itala ang bagong kondisyon mula sa isang petsa; mananatili sa lumang kondisyon ang naunang trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="125"/>
        <source>Rename engagement…</source>
        <translation>Palitan ang pangalan ng engagement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="127"/>
        <source>Correct terms…</source>
        <translation>Itama ang mga tuntunin…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="128"/>
        <source>Fix terms recorded wrong; for a raise, use New pay terms</source>
        <translation>Itama ang mga tuntuning mali ang pagkakatala; para sa dagdag-sahod, gamitin ang Bagong kondisyon ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="130"/>
        <source>Remove terms</source>
        <translation>Alisin ang mga tuntunin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="131"/>
        <source>Remove terms recorded by mistake (terms that price work are kept)</source>
        <translation>Alisin ang mga tuntuning naitala nang mali (pinananatili ang mga tuntuning nagpepresyo ng trabaho)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="141"/>
        <source>Engagements and pay</source>
        <translation>Mga engagement at bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="143"/>
        <source>Terms are dated: a raise applies from its day on, and earlier work keeps the rate it was done at. The terms in force today are in bold.</source>
        <translation>May petsa ang mga kondisyon: umiiral ang dagdag-sahod mula sa araw nito, at mananatili sa dating rate ang naunang trabaho. Naka-bold ang mga kondisyong umiiral ngayon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>not agreed</source>
        <translation>hindi napagkasunduan</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="126"/>
        <source>Add a client</source>
        <translation>Magdagdag ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="128"/>
        <source>Add client</source>
        <translation>Idagdag ang kliyente</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="39"/>
        <source>Edit client details</source>
        <translation>I-edit ang detalye ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>Client name</source>
        <translation>Pangalan ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>The name you use for them</source>
        <translation>Ang pangalang ginagamit mo para sa kanila</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="41"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="42"/>
        <source>As on the contract or invoices, e.g. Acme Labeling Inc.</source>
        <translation>Gaya sa kontrata o invoice, hal. Acme Labeling Inc.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="44"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="45"/>
        <source>Their postal address, for letters and claims</source>
        <translation>Ang kanilang postal address, para sa mga liham at claim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="48"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="49"/>
        <source>A person, email or support page, e.g. support@acme.example</source>
        <translation>Isang tao, email o support page, hal. support@acme.example</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="50"/>
        <source>Your id on the platform</source>
        <translation>Iyong id sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="51"/>
        <source>Your worker id or username with them, e.g. AL-20417</source>
        <translation>Ang iyong worker id o username sa kanila, hal. AL-20417</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="53"/>
        <source>Classification</source>
        <translation>Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="57"/>
        <source>Jurisdiction</source>
        <translation>Hurisdiksyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="58"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Kung saan mo ginagawa ang trabaho, hal. US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="60"/>
        <source>Workweek starts on</source>
        <translation>Nagsisimula ang linggo ng trabaho sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="65"/>
        <source>Days the client has to pay</source>
        <translation>Mga araw na mayroon ang kliyente para magbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="67"/>
        <source>not agreed</source>
        <translation>hindi napagkasunduan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="68"/>
        <source> days</source>
        <translation> araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="70"/>
        <source>Note about the client</source>
        <translation>Tala tungkol sa kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>&amp;Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="75"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="77"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="78"/>
        <source>Your &amp;id on the platform</source>
        <translation>Iyong &amp;id sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="79"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="81"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Hurisdiksyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="82"/>
        <source>&amp;Workweek starts</source>
        <translation>&amp;Simula ng linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="83"/>
        <source>&amp;Pays within</source>
        <translation>&amp;Nagbabayad sa loob ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="85"/>
        <source>No&amp;te</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="86"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="101"/>
        <source>A client needs a name.</source>
        <translation>Kailangan ng pangalan ang kliyente.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="47"/>
        <source>App-based &amp;work (delivery, rideshare): a pay floor may apply</source>
        <translation>App-based na &amp;trabaho (delivery, rideshare): maaaring may pay floor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="49"/>
        <source>App-based work</source>
        <translation>App-based na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="50"/>
        <source>Some places set a minimum pay for work through an app, whatever your classification (New York City delivery, Seattle app-based work). Tick this for such an app.</source>
        <translation>May mga lugar na nagtatakda ng minimum na bayad para sa trabaho sa app, anuman ang iyong klasipikasyon (delivery sa New York City, app-based na trabaho sa Seattle). Lagyan ito ng tsek para sa ganitong app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="60"/>
        <source>Client name</source>
        <translation>Pangalan ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="61"/>
        <source>The platform, agency or company, e.g. Acme Labeling</source>
        <translation>Ang platform, ahensya o kumpanya, hal. Acme Labeling</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>hal. 20.00 (iwanang blangko kung hindi pa napagkasunduan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="67"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="69"/>
        <source>Jurisdiction</source>
        <translation>Hurisdiksyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="70"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Kung saan mo ginagawa ang trabaho, hal. US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="72"/>
        <source>Classification</source>
        <translation>Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="73"/>
        <source>Contractor (freelancer)</source>
        <translation>Contractor (freelancer)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="74"/>
        <source>Employee</source>
        <translation>Empleyado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="76"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Bakit mahalaga: ayon sa batas, may karapatan ang mga empleyado sa minimum wage at overtime; kadalasan ay wala ang mga contractor. Simula lang ang nakasulat sa kontrata; mahalaga rin kung paano ka tinatrato.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="80"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Uri ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="83"/>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="84"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Hurisdiksyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="85"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Rate kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Rate kada unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>&amp;Price</source>
        <translation>Pre&amp;syo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="106"/>
        <source>A client needs a name.</source>
        <translation>Kailangan ng pangalan ang kliyente.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="257"/>
        <source>Your first client</source>
        <translation>Ang una mong kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="258"/>
        <source>Who do you work for? A platform, an agency or a company. You can add more later.</source>
        <translation>Para kanino ka nagtatrabaho? Isang platform, ahensya o kumpanya. Maaari kang magdagdag pa mamaya.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="260"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="50"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="93"/>
        <source>Add client…</source>
        <translation>Magdagdag ng kliyente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="51"/>
        <source>Add a platform or company you work for (Ctrl+Shift+N)</source>
        <translation>Magdagdag ng platform o kumpanyang pinagtatrabahuhan mo (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="54"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="61"/>
        <source>Clients</source>
        <translation>Mga kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="75"/>
        <source>The selected client&apos;s details</source>
        <translation>Ang mga detalye ng napiling kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="89"/>
        <source>No clients yet. Add the platform or company you work for, with what they pay you, to start logging work and checking your pay.</source>
        <translation>Wala pang kliyente. Idagdag ang platform o kumpanyang pinagtatrabahuhan mo, kasama ang ibinabayad nila, para makapagsimulang magtala ng trabaho at suriin ang iyong bayad.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="28"/>
        <source>Columns of this file</source>
        <translation>Mga column ng file na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Date</source>
        <translation>&amp;Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Amount</source>
        <translation>&amp;Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>Transaction &amp;ID</source>
        <translation>Transaction &amp;ID</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>F&amp;ees</source>
        <translation>&amp;Bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Payer name</source>
        <translation>Pangalan ng &amp;nagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Payer emai&amp;l</source>
        <translation>Emai&amp;l ng nagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Reference (&amp;memo)</source>
        <translation>Reference (&amp;memo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="33"/>
        <source>e.g. my bank</source>
        <translation>hal. aking bangko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="34"/>
        <source>Name for this kind of file</source>
        <translation>Pangalan para sa ganitong uri ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="35"/>
        <source>The column choices are saved under this name for the next file.</source>
        <translation>Nase-save sa pangalang ito ang mga napiling column para sa susunod na file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="38"/>
        <source>&amp;Name for this kind of file</source>
        <translation>Pangalan para sa ganitong &amp;uri ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(choose a column)</source>
        <translation>(pumili ng column)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(not in this file)</source>
        <translation>(wala sa file na ito)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="32"/>
        <source>Changed on two computers</source>
        <translation>Binago sa dalawang computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>This computer</source>
        <translation>Ang computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Other computer</source>
        <translation>Ibang computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="39"/>
        <source>Both versions of the record</source>
        <translation>Ang dalawang bersiyon ng record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="43"/>
        <source>Keep this computer&apos;s</source>
        <translation>Panatilihin ang sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="55"/>
        <source>Nothing is lost: until you choose, this computer keeps its version and the other version is kept beside it.</source>
        <translation>Walang nawawala: hangga&apos;t hindi ka pumipili, itinatago ng computer na ito ang bersiyon nito at ang isa pa ay nakatabi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="76"/>
        <source>Your computers agree: nothing to choose.</source>
        <translation>Magkatugma ang iyong mga computer: walang pipiliin.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="77"/>
        <source>Keep the other&apos;s</source>
        <translation>Panatilihin ang isa pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="80"/>
        <source>%1 of %2: a %3 changed here and on %4.</source>
        <translation>%1 sa %2: %3 na binago rito at sa %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="83"/>
        <source>Keep %1&apos;s</source>
        <translation>Panatilihin ang sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>work entry</source>
        <translation>entry ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>client</source>
        <translation>kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>pay terms</source>
        <translation>mga tuntunin ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>payment</source>
        <translation>bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>expense</source>
        <translation>gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>trip</source>
        <translation>biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>data record</source>
        <translation>data record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>incident</source>
        <translation>insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>access request</source>
        <translation>kahilingan sa pag-access</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="104"/>
        <source>what a payment pays for</source>
        <translation>kung ano ang binabayaran ng isang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Start</source>
        <translation>Simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>End</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Break</source>
        <translation>Pahinga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Recorded by</source>
        <translation>Itinala sa pamamagitan ng</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="111"/>
        <source>Id in the imported file</source>
        <translation>Id sa na-import na file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Recorded at</source>
        <translation>Itinala noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Last edited</source>
        <translation>Huling na-edit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Kind of pay</source>
        <translation>Uri ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="119"/>
        <source>(deleted)</source>
        <translation>(binura)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="124"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="103"/>
        <source>A written contract is on file</source>
        <translation>May nakatagong nakasulat na kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="105"/>
        <source>Link a kept file…</source>
        <translation>I-link ang nakatagong file…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="106"/>
        <source>Choose the contract among the files kept in Evidence</source>
        <translation>Piliin ang kontrata sa mga file na nakatago sa Ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="108"/>
        <source>Add the contract file…</source>
        <translation>Idagdag ang file ng kontrata…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="109"/>
        <source>Keep a file from your computer as evidence and link it as the contract</source>
        <translation>Itago ang file mula sa iyong computer bilang ebidensya at i-link ito bilang kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="115"/>
        <source>Adding the contract file</source>
        <translation>Idinadagdag ang file ng kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="118"/>
        <source>Freelancer laws in several places entitle you to a written contract above a threshold. Keeping it here, fingerprinted, helps prove what was agreed.</source>
        <translation>Sa ilang lugar, may karapatan ka sa nakasulat na kontrata lampas sa isang halaga ayon sa batas para sa freelancer. Ang pagtatago nito dito, may fingerprint, ay tumutulong patunayan ang napagkasunduan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="143"/>
        <source>On file: %1
SHA-256 %2</source>
        <translation>Nakatago: %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="145"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="147"/>
        <source>On file, but not kept here. Add the file to have it at hand.</source>
        <translation>Nakatala, pero hindi nakatago dito. Idagdag ang file para madaling makuha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="150"/>
        <source>No written contract on file.</source>
        <translation>Walang nakatagong nakasulat na kontrata.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="181"/>
        <source>Choose the contract file</source>
        <translation>Piliin ang file ng kontrata</translation>
    </message>
</context>
<context>
    <name>CostsField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="120"/>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="141"/>
        <source>Costs</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="121"/>
        <source>e.g. 45.00, or empty</source>
        <translation>hal. 45.00, o blangko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="124"/>
        <source>Currency of the costs</source>
        <translation>Currency ng mga gastos</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="198"/>
        <source>Expenses</source>
        <translation>Mga gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="200"/>
        <source>Add expense…</source>
        <translation>Magdagdag ng gastos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="201"/>
        <source>Edit expense…</source>
        <translation>I-edit ang gastos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="202"/>
        <source>Delete expense</source>
        <translation>Burahin ang gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="203"/>
        <source>No expenses in this period. Record what the work costs you (equipment, internet, software, fees taken apart) to see your pay net of costs.</source>
        <translation>Walang gastos sa panahong ito. Itala ang ginagastos mo sa trabaho (kagamitan, internet, software, mga bayarin nang hiwalay) para makita ang bayad mo matapos ang gastos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="213"/>
        <source>Distance driven</source>
        <translation>Layong minaneho</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="50"/>
        <source>Hours this week</source>
        <translation>Oras ngayong linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="51"/>
        <source>Earned this month</source>
        <translation>Kinita ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="52"/>
        <source>Paid this month</source>
        <translation>Nabayaran ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="53"/>
        <source>Owed to you</source>
        <translation>Utang sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="54"/>
        <source>Pay per hour at your terms, last 12 weeks</source>
        <translation>Bayad kada oras sa iyong kondisyon, huling 12 linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="55"/>
        <source>Overdue payments</source>
        <translation>Mga bayad na lampas na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="77"/>
        <source>Add a client</source>
        <translation>Magdagdag ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="79"/>
        <source>Start the timer</source>
        <translation>Simulan ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="86"/>
        <source>Welcome to your records</source>
        <translation>Maligayang pagdating sa iyong mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="102"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="124"/>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="158"/>
        <source>Charts show amounts in %1; amounts in %2 are in the cards, never converted.</source>
        <translation>Nasa %1 ang mga halaga sa chart; nasa mga card ang mga halagang %2, hindi kinonvert.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="167"/>
        <source>Everything you record stays on this computer, encrypted. Start by adding the platform or company you work for, with your rate: then the timer, your pay and the minimum-wage check can work.</source>
        <translation>Lahat ng itinatala mo ay nananatili sa computer na ito, naka-encrypt. Magsimula sa pagdagdag ng platform o kumpanyang pinagtatrabahuhan mo, kasama ang iyong rate: saka gagana ang timer, ang iyong bayad at ang minimum-wage check.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="171"/>
        <source>No work logged yet. Start the timer when you begin a task, or add work you already did from the Today view (Ctrl+N). Your hours, pay and what you are owed will show here.</source>
        <translation>Wala pang naitalang trabaho. Simulan ang timer pagsimula mo ng task, o idagdag ang trabahong tapos na mula sa Ngayon (Ctrl+N). Lalabas dito ang iyong oras, bayad at ang utang sa iyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="233"/>
        <source>%1 entries, %2</source>
        <translation>%1 entry, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="240"/>
        <source>What the work earned under your terms, with bonuses and adjustments.</source>
        <translation>Ang kinita ng trabaho sa iyong kondisyon, kasama ang bonus at adjustment.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="243"/>
        <source>%n payments counted</source>
        <translation>
            <numerusform>%n bayad ang binilang</numerusform>
            <numerusform>%n bayad ang binilang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="244"/>
        <source>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</source>
        <translation>
            <numerusform>%n bayad, %1: binibilang ang bawat isa sa buwang natapos ang trabahong sakop nito (o, kung walang sakop na panahon, kung kailan dumating).</numerusform>
            <numerusform>%n bayad, %1: binibilang ang bawat isa sa buwang natapos ang trabahong sakop nito (o, kung walang sakop na panahon, kung kailan dumating).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="248"/>
        <source>Working out…</source>
        <translation>Kinukuwenta…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="254"/>
        <source>all time, %n clients</source>
        <translation>
            <numerusform>lahat ng panahon, %n kliyente</numerusform>
            <numerusform>lahat ng panahon, %n kliyente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="255"/>
        <source>Nothing owed.</source>
        <translation>Walang utang.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="262"/>
        <source>No hours in the last 12 weeks.</source>
        <translation>Walang oras sa huling 12 linggo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="265"/>
        <source>Your terms pay %1 for %2 worked, %3: all hours, unpaid time included. Money not yet received is owed, not underpaid.</source>
        <translation>Nagbabayad ang iyong kondisyon ng %1 para sa %2 na trabaho, %3: lahat ng oras, kasama ang hindi bayad. Ang perang hindi pa natatanggap ay utang, hindi kulang na bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="269"/>
        <source>Minimum wage: %1</source>
        <translation>Minimum wage: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="270"/>
        <source>%1/h</source>
        <translation>%1/oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="273"/>
        <source>Net of costs: %1/h</source>
        <translation>Net matapos ang gastos: %1/oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="274"/>
        <source>Costs in the period (fees, expenses, distance): %1</source>
        <translation>Gastos sa panahong ito (bayarin, gastos, layo): %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="277"/>
        <source>No minimum wage known for where you work.</source>
        <translation>Walang alam na minimum wage sa lugar ng trabaho mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="279"/>
        <source>(minimum %1/h)</source>
        <translation>(minimum %1/oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="282"/>
        <source>At or above the minimum wage, %1/h (%2)</source>
        <translation>Nasa o lampas sa minimum wage, %1/oras (%2)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="293"/>
        <source>(converted at %1)</source>
        <translation>(kinonvert sa %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="300"/>
        <source>App-based pay floor: %1</source>
        <translation>Pinakamababang bayad sa app-based na trabaho: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="302"/>
        <source>Below the app-based pay floor by %1 (floor %2/h)</source>
        <translation>Mababa sa pinakamababang bayad sa app ng %1 (pinakamababa %2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="304"/>
        <source>At or above the app-based pay floor, %1/h</source>
        <translation>Kapantay o higit sa pinakamababang bayad sa app, %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="310"/>
        <source>Nothing overdue.</source>
        <translation>Walang lampas na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="311"/>
        <source>Invoices and claims past their due date, and work past your payment terms, not fully paid.</source>
        <translation>Mga invoice at claim na lampas sa takdang petsa, at trabahong lampas sa iyong kondisyon ng bayad, na hindi buong nabayaran.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="317"/>
        <source>%1, %2: %3 due %4, %5 days late</source>
        <translation>%1, %2: %3 na dapat bayaran noong %4, %5 araw na huli</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="320"/>
        <source>%1: %2 of work not paid or invoiced, due %3 by your payment terms, %4 days late</source>
        <translation>%1: %2 na trabahong hindi bayad o naka-invoice, dapat noong %3 ayon sa iyong kondisyon, %4 araw na huli</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="325"/>
        <source>%1 outstanding, oldest %2 days late</source>
        <translation>%1 hindi pa bayad, ang pinakaluma ay %2 araw na huli</translation>
    </message>
</context>
<context>
    <name>DataCollectedDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Edit what was collected about you</source>
        <translation>I-edit ang kinolekta tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Add what was collected about you</source>
        <translation>Idagdag ang kinolekta tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="198"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="199"/>
        <source>What was collected</source>
        <translation>Ano ang kinolekta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>e.g. Hubstaff, Time Doctor, the platform&apos;s own app, or unknown</source>
        <translation>hal. Hubstaff, Time Doctor, sariling app ng platform, o hindi alam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="201"/>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="202"/>
        <source>Retention you were told</source>
        <translation>Retention na sinabi sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="203"/>
        <source>e.g. kept 90 days; leave empty if you were not told</source>
        <translation>hal. itinatago nang 90 araw; iwanang blangko kung hindi sinabi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="204"/>
        <source>What it captured</source>
        <translation>Ano ang kinuha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="205"/>
        <source>e.g. a screenshot every 10 minutes, face photos (commas between)</source>
        <translation>hal. screenshot kada 10 minuto, litrato ng mukha (may kuwit sa pagitan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Anything else: where you were told, what you asked…</source>
        <translation>Iba pa: saan ka sinabihan, ano ang itinanong mo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="207"/>
        <source>&amp;Client</source>
        <translation>&amp;Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="208"/>
        <source>&amp;What was collected</source>
        <translation>&amp;Ano ang kinolekta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="209"/>
        <source>&amp;Tool</source>
        <translation>&amp;Tool</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="210"/>
        <source>C&amp;onsent</source>
        <translation>&amp;Pahintulot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="211"/>
        <source>How you agreed to it. Your privacy report flags &quot;Not asked&quot; and &quot;Refused&quot;.</source>
        <translation>Paano ka pumayag dito. Mina-markahan ng iyong privacy report ang &quot;Hindi tinanong&quot; at &quot;Tinanggihan&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="213"/>
        <source>&amp;Retention you were told</source>
        <translation>&amp;Retention na sinabi sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="214"/>
        <source>What it c&amp;aptured</source>
        <translation>Ano ang kin&amp;uha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="216"/>
        <source>&amp;Note</source>
        <translation>Ta&amp;la</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="232"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Magdagdag muna ng kliyente: may kliyente ang bawat data record (File → Magdagdag ng kliyente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="235"/>
        <source>Name the tool that collected it, e.g. Hubstaff, or write &quot;unknown&quot;.</source>
        <translation>Pangalanan ang tool na kumolekta nito, hal. Hubstaff, o isulat ang &quot;hindi alam&quot;.</translation>
    </message>
</context>
<context>
    <name>DataHandledDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Edit data you handled</source>
        <translation>I-edit ang data na hinawakan mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Add data you handled</source>
        <translation>Idagdag ang data na hinawakan mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="156"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="157"/>
        <source>Kinds of data</source>
        <translation>Uri ng data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="158"/>
        <source>e.g. audio recordings, medical images, chat logs (commas between)</source>
        <translation>hal. audio recording, medical image, chat log (may kuwit sa pagitan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>Whose data</source>
        <translation>Kaninong data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>e.g. the client&apos;s customers, patients, children</source>
        <translation>hal. mga customer ng kliyente, pasyente, bata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Sensitivity</source>
        <translation>Pagkasensitibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Not sure</source>
        <translation>Hindi sigurado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Anything else: the project, where the data came from…</source>
        <translation>Iba pa: ang proyekto, saan galing ang data…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="162"/>
        <source>&amp;Client</source>
        <translation>&amp;Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="163"/>
        <source>&amp;Kinds of data</source>
        <translation>&amp;Uri ng data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="164"/>
        <source>&amp;Whose data</source>
        <translation>Kanin&amp;ong data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="165"/>
        <source>Se&amp;nsitivity</source>
        <translation>Pagka&amp;sensitibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="167"/>
        <source>Leave the end open while the work goes on.</source>
        <translation>Iwanang bukas ang pagtatapos habang nagpapatuloy ang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="168"/>
        <source>N&amp;ote</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="182"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Magdagdag muna ng kliyente: may kliyente ang bawat data record (File → Magdagdag ng kliyente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="185"/>
        <source>Name the kinds of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Pangalanan ang uri ng data na hinawakan mo, hal. audio recording o chat log.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="31"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="40"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="43"/>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="44"/>
        <source>Copy the fingerprint</source>
        <translation>Kopyahin ang fingerprint</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="55"/>
        <source>Link to…</source>
        <translation>I-link sa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="56"/>
        <source>Link this file to a client, entries, payments or incidents</source>
        <translation>I-link ang file na ito sa kliyente, entry, bayad o insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="57"/>
        <source>Unlink…</source>
        <translation>Alisin ang link…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="58"/>
        <source>Take a link off this file</source>
        <translation>Alisin ang isang link sa file na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="60"/>
        <source>Export a copy…</source>
        <translation>Mag-export ng kopya…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="61"/>
        <source>Export a copy of this file to a folder</source>
        <translation>Mag-export ng kopya ng file na ito sa isang folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="69"/>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="70"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="71"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="72"/>
        <source>Linked to</source>
        <translation>Naka-link sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="73"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="85"/>
        <source>Fingerprint (SHA-256): if even one byte of the file changed, this would be different.</source>
        <translation>Fingerprint (SHA-256): kung magbago kahit isang byte ng file, iba na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="120"/>
        <source>Choose a file in the list to see it here.</source>
        <translation>Pumili ng file sa listahan para makita ito dito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 byte)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="136"/>
        <source>Not linked yet: use “Link to…” to say what this file is proof of.</source>
        <translation>Hindi pa naka-link: gamitin ang “I-link sa…” para sabihin kung ano ang pinatutunayan ng file na ito.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="313"/>
        <source>You are ready</source>
        <translation>Handa ka na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="314"/>
        <source>Your records are set up and encrypted on this computer.</source>
        <translation>Naka-set up at naka-encrypt ang iyong mga record sa computer na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="315"/>
        <source>Start the timer when you start working, and stop it when you finish. You can also add work you already did (Ctrl+N).</source>
        <translation>Simulan ang timer pagsimula mo ng trabaho, at ihinto ito pagkatapos. Maaari mo ring idagdag ang trabahong tapos na (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="318"/>
        <source>Start the timer now</source>
        <translation>Simulan na ang timer</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="33"/>
        <source>Drop files here to keep them as evidence</source>
        <translation>I-drop dito ang mga file para itago bilang ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="34"/>
        <source>&lt;b&gt;Drop files here&lt;/b&gt; to keep them as evidence: they are stored encrypted with your records.</source>
        <translation>&lt;b&gt;I-drop dito ang mga file&lt;/b&gt; para itago bilang ebidensya: naka-encrypt silang itatago kasama ng iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="37"/>
        <source>Add files…</source>
        <translation>Magdagdag ng file…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="38"/>
        <source>Add evidence files</source>
        <translation>Magdagdag ng file ng ebidensya</translation>
    </message>
</context>
<context>
    <name>EditTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="269"/>
        <source>Correct pay terms</source>
        <translation>Itama ang mga tuntunin ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="273"/>
        <source>from the start</source>
        <translation>mula sa simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="271"/>
        <source>First day these terms apply</source>
        <translation>Unang araw na umiiral ang mga tuntuning ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="274"/>
        <source>Correcting the terms of %1. To record a raise, use New pay terms instead: earlier work keeps its rate.</source>
        <translation>Itinatama ang mga tuntunin ng %1. Para itala ang dagdag-sahod, gamitin ang Bagong kondisyon ng bayad: mananatili ang rate ng naunang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="276"/>
        <source>&amp;From</source>
        <translation>&amp;Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="277"/>
        <source>Save correction</source>
        <translation>I-save ang pagtatama</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="236"/>
        <source>Add an engagement</source>
        <translation>Magdagdag ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="238"/>
        <source>Engagement name</source>
        <translation>Pangalan ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="239"/>
        <source>The project or contract, e.g. Search relevance</source>
        <translation>Ang proyekto o kontrata, hal. Search relevance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="241"/>
        <source>Add engagement</source>
        <translation>Idagdag ang engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="242"/>
        <source>e.g. the offer email of 3 March</source>
        <translation>hal. ang offer email noong 3 Marso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="251"/>
        <source>An engagement needs a name.</source>
        <translation>Kailangan ng pangalan ang engagement.</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="95"/>
        <source>Entries</source>
        <translation>Mga entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="118"/>
        <source>Clear filters</source>
        <translation>I-clear ang filter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="130"/>
        <source>Totals</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="157"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>All time</source>
        <translation>Lahat ng panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>This week</source>
        <translation>Ngayong linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>Last week</source>
        <translation>Nakaraang linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="161"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="166"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="167"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="175"/>
        <source>Client filter</source>
        <translation>Filter ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="180"/>
        <source>Category filter</source>
        <translation>Filter ng kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="181"/>
        <source>All categories</source>
        <translation>Lahat ng kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="186"/>
        <source>Search notes, clients and engagements (Ctrl+F)</source>
        <translation>Maghanap sa tala, kliyente at engagement (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="187"/>
        <source>Search</source>
        <translation>Maghanap</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="263"/>
        <source>%n records changed on two computers: choose which to keep…</source>
        <translation>
            <numerusform>%n record na binago sa dalawang computer: piliin kung alin ang itatago…</numerusform>
            <numerusform>%n record na binago sa dalawang computer: piliin kung alin ang itatago…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="272"/>
        <source>All clients</source>
        <translation>Lahat ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="300"/>
        <source>Searching…</source>
        <translation>Naghahanap…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="312"/>
        <source>No entries match these filters.</source>
        <translation>Walang entry na tugma sa mga filter na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="313"/>
        <source>No entries yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Wala pang entry. Simulan ang timer, o magdagdag ng entry para sa trabahong tapos na (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="389"/>
        <source>Adding up %n selected…</source>
        <translation>
            <numerusform>Sinusuma ang %n napili…</numerusform>
            <numerusform>Sinusuma ang %n napili…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="396"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n napili</numerusform>
            <numerusform>%n napili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="402"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entry</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="410"/>
        <source>Select at most %1 entries to delete at once. Nothing was deleted.</source>
        <translation>Pumili ng hindi hihigit sa %1 entry na buburahin nang sabay. Walang nabura.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="58"/>
        <source>No hourly or per-unit terms for this work (none agreed, or a fixed price).</source>
        <translation>Walang kondisyong kada oras o kada unit para sa trabahong ito (walang napagkasunduan, o fixed price).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="67"/>
        <source>Overlaps another entry. Both are kept; reports show this.</source>
        <translation>Sumasapaw sa ibang entry. Parehong itinatago; ipinapakita ito ng mga report.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="69"/>
        <source>Recorded %1 after the work ended.</source>
        <translation>Naitala %1 pagkatapos matapos ang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="72"/>
        <source>Imported from a file, not typed in at the time.</source>
        <translation>Na-import mula sa file, hindi itinype noong oras na iyon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="74"/>
        <source>Changed after it was recorded; the history keeps every version.</source>
        <translation>Binago pagkatapos maitala; itinatago ng kasaysayan ang bawat bersyon.</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="145"/>
        <location filename="../../contractor_app/gui/capture.py" line="150"/>
        <source>Capture evidence</source>
        <translation>Kumuha ng ebidensiya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="146"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Gumagana ang pagkuha ng ebidensiya habang tumatakbo ang timer; simulan muna ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="151"/>
        <source>Your desktop does not let apps take screenshots. Take one with the system&apos;s screenshot tool, then drop the file into Evidence.</source>
        <translation>Hindi pinapayagan ng iyong desktop na kumuha ng screenshot ang mga app. Kumuha gamit ang screenshot tool ng system, saka i-drop ang file sa Ebidensya.</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="72"/>
        <source>%1 is a folder. Nothing was added for it; add the files inside it instead.</source>
        <translation>Folder ang %1. Walang naidagdag para dito; idagdag na lang ang mga file sa loob nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="79"/>
        <source>%1 is too large (%2): one file can be at most %3. Nothing was added for it; keep a smaller copy, such as a screenshot or a compressed PDF.</source>
        <translation>Masyadong malaki ang %1 (%2): hanggang %3 lang ang isang file. Walang naidagdag para dito; magtago ng mas maliit na kopya, gaya ng screenshot o compressed na PDF.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="95"/>
        <source>%1 is already kept (as “%2”). Nothing was added for it; it is selected so you can link it.</source>
        <translation>Nakatago na ang %1 (bilang “%2”). Walang naidagdag para dito; napili ito para ma-link mo.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="73"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="75"/>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="78"/>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="79"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="83"/>
        <source>Linked to</source>
        <translation>Naka-link sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="81"/>
        <source>The file&apos;s fingerprint: click one to copy it.</source>
        <translation>Fingerprint ng file: i-click para kopyahin.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="80"/>
        <source>SHA-256 %1
Click to copy it.</source>
        <translation>SHA-256 %1
I-click para kopyahin.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="69"/>
        <source>not linked yet</source>
        <translation>hindi pa naka-link</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="62"/>
        <source>Choose the contract file</source>
        <translation>Piliin ang file ng kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="65"/>
        <source>Kept evidence files</source>
        <translation>Mga nakatagong file ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="67"/>
        <source>No files are kept as evidence yet. Close this and use &quot;Add the contract file…&quot; to add it from your computer.</source>
        <translation>Wala pang file na nakatago bilang ebidensya. Isara ito at gamitin ang &quot;Idagdag ang file ng kontrata…&quot; para idagdag ito mula sa iyong computer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="72"/>
        <source>Link as contract</source>
        <translation>I-link bilang kontrata</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="115"/>
        <source>Adding files</source>
        <translation>Nagdadagdag ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="116"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="117"/>
        <source>Stop adding files</source>
        <translation>Ihinto ang pagdagdag ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="129"/>
        <source>Keep proof here: screenshots of your task counts, pay statements, emails, the contract. Each file gets a fingerprint (SHA-256) that shows it has not changed.</source>
        <translation>Itago dito ang patunay: screenshot ng bilang ng iyong task, pay statement, email, ang kontrata. Bawat file ay may fingerprint (SHA-256) na nagpapakitang hindi ito nagbago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="156"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="170"/>
        <source>Evidence files</source>
        <translation>Mga file ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="246"/>
        <source>Loading the preview…</source>
        <translation>Nilo-load ang preview…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="254"/>
        <source>This file is too large to preview (more than %1). Export a copy to open it in another program.</source>
        <translation>Masyadong malaki ang file na ito para i-preview (higit sa %1). Mag-export ng kopya para buksan ito sa ibang program.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="258"/>
        <source>No preview for this file. Export a copy to open it in another program.</source>
        <translation>Walang preview para sa file na ito. Mag-export ng kopya para buksan ito sa ibang program.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="265"/>
        <source>No preview for this file.</source>
        <translation>Walang preview para sa file na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="274"/>
        <source>Add evidence files</source>
        <translation>Magdagdag ng file ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="280"/>
        <source>Files are still being added. Wait for them to finish, then add these.</source>
        <translation>May mga file pang idinadagdag. Hintaying matapos, saka idagdag ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="292"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Idinadagdag ang %1 sa %2: %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="300"/>
        <source>Added 1 file.</source>
        <translation>1 file ang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="301"/>
        <source>Added %1 files.</source>
        <translation>%1 file ang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="304"/>
        <source>Stopped: 1 file was not added.</source>
        <translation>Itinigil: 1 file ang hindi naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="305"/>
        <source>Stopped: %1 files were not added.</source>
        <translation>Itinigil: %1 file ang hindi naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="322"/>
        <source>Fingerprint copied: paste it wherever you need to show it.</source>
        <translation>Nakopya ang fingerprint: i-paste ito kung saan mo kailangang ipakita.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="346"/>
        <source>Unlinked. Undo (Ctrl+Z) links it again.</source>
        <translation>Naalis ang link. Ibabalik ito ng I-undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="357"/>
        <source>Linked.</source>
        <translation>Naka-link na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="362"/>
        <source>Export a copy to…</source>
        <translation>Mag-export ng kopya sa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="371"/>
        <source>Exporting…</source>
        <translation>Ine-export…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="374"/>
        <source>Saved a copy as %1. It matches its fingerprint.</source>
        <translation>Na-save ang kopya bilang %1. Tugma ito sa fingerprint nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="376"/>
        <source>The copy was not saved: %1</source>
        <translation>Hindi na-save ang kopya: %1</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Add expense</source>
        <translation>Magdagdag ng gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <source>Edit expense</source>
        <translation>I-edit ang gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="101"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="102"/>
        <source>Date paid</source>
        <translation>Petsa ng pagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="104"/>
        <source>Amount paid</source>
        <translation>Halagang ibinayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="105"/>
        <source>e.g. 45.00</source>
        <translation>hal. 45.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="107"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="111"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="115"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="116"/>
        <source>optional, e.g. new headset</source>
        <translation>opsyonal, hal. bagong headset</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="118"/>
        <source>Receipt</source>
        <translation>Resibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="119"/>
        <source>No receipt</source>
        <translation>Walang resibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="124"/>
        <source>C&amp;lient</source>
        <translation>K&amp;liyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="125"/>
        <source>&amp;Date</source>
        <translation>&amp;Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>&amp;Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="128"/>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="129"/>
        <source>N&amp;ote</source>
        <translation>T&amp;ala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="130"/>
        <source>&amp;Receipt</source>
        <translation>Resi&amp;bo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="131"/>
        <source>Add the receipt&apos;s file in Evidence first; then choose it here.</source>
        <translation>Idagdag muna ang file ng resibo sa Ebidensya; saka piliin dito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="160"/>
        <source>Add a client first: an expense is for the work of a client.</source>
        <translation>Magdagdag muna ng kliyente: para sa trabaho ng isang kliyente ang gastos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="162"/>
        <source>Enter the amount you paid.</source>
        <translation>Ilagay ang halagang ibinayad mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="165"/>
        <source>An expense of zero costs nothing.</source>
        <translation>Walang gastos ang gastos na zero.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="31"/>
        <source>How was this worked out? %1</source>
        <translation>Paano ito kinuwenta? %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="34"/>
        <source>How the figures were worked out</source>
        <translation>Paano kinuwenta ang mga halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Hours</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Earned</source>
        <translation>Kinita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>Minimum wage</source>
        <translation>Minimum wage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>App-based pay floor</source>
        <translation>Pay floor ng app-based na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="47"/>
        <source>Paid and owed</source>
        <translation>Nabayaran at utang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="53"/>
        <source>Each figure below with its rule, its source, the inputs and the arithmetic, workweek by workweek, so that you or a clinic can check it by hand. An estimate — not legal advice.</source>
        <translation>Bawat halaga sa ibaba kasama ang tuntunin, pinagmulan, input at kuwenta nito, kada linggo ng trabaho, para masuri mo o ng legal clinic nang mano-mano. Tantiya — hindi legal na payo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="67"/>
        <source>Source: %1</source>
        <translation>Pinagmulan: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="148"/>
        <source>Record an extension claimed by %1</source>
        <translation>Itala ang ekstensiyong hiningi ng %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="149"/>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="151"/>
        <source>Told on</source>
        <translation>Sinabi noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>Reason given</source>
        <translation>Dahilang ibinigay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>optional: the reason the client gave</source>
        <translation>opsiyonal: ang dahilang ibinigay ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="154"/>
        <source>&amp;Told on</source>
        <translation>Si&amp;nabi noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="155"/>
        <source>&amp;Reason given</source>
        <translation>&amp;Dahilang ibinigay</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="340"/>
        <source>Set up Contractor Ledger</source>
        <translation>I-set up ang Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="345"/>
        <source>Open my records</source>
        <translation>Buksan ang aking mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="375"/>
        <source>Cancel setup?</source>
        <translation>Kanselahin ang setup?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="376"/>
        <source>Your new records hold nothing yet. Cancel setup and remove them? You can set up again next time you open the app.</source>
        <translation>Wala pang laman ang bago mong mga record. Kanselahin ang setup at alisin ang mga ito? Maaari kang mag-set up ulit sa susunod mong pagbukas ng app.</translation>
    </message>
</context>
<context>
    <name>ForgottenTimerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="31"/>
        <source>Is the timer still needed?</source>
        <translation>Kailangan pa ba ang timer?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="34"/>
        <source>The timer for %1 has been running since %2. Stop it at the time you finished?</source>
        <translation>Tumatakbo ang timer para sa %1 mula %2. Ihinto ito sa oras na natapos ka?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="44"/>
        <source>When you finished</source>
        <translation>Kailan ka natapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="47"/>
        <source>Stop at this time</source>
        <translation>Ihinto sa oras na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="48"/>
        <source>Keep it running</source>
        <translation>Hayaang tumakbo</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Edit the incident</source>
        <translation>I-edit ang insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Add an incident</source>
        <translation>Magdagdag ng insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="250"/>
        <source>Kind of incident</source>
        <translation>Uri ng insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>None (another company)</source>
        <translation>Wala (ibang kumpanya)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Company</source>
        <translation>Kumpanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Who sent the notice or is in the dispute (empty: the client&apos;s legal name)</source>
        <translation>Sino ang nagpadala ng abiso o kasangkot sa alitan (blangko: legal na pangalan ng kliyente)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>&amp;Notice received on</source>
        <translation>Natanggap ang &amp;abiso noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>Notice received on</source>
        <translation>Natanggap ang abiso noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="255"/>
        <source>Data involved</source>
        <translation>Data na sangkot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="256"/>
        <source>As the notice lists it: name, ID number, bank account…</source>
        <translation>Gaya ng nakalista sa abiso: pangalan, ID number, bank account…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="258"/>
        <source>Steps taken</source>
        <translation>Mga hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="259"/>
        <source>One per line: froze credit, changed passwords, complained to the regulator…</source>
        <translation>Isa bawat linya: ni-freeze ang credit, pinalitan ang password, nagreklamo sa regulator…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="262"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Account or worker id, claim code, fraud events…</source>
        <translation>Account o worker id, claim code, mga pangyayaring fraud…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="264"/>
        <source>&amp;Kind</source>
        <translation>&amp;Uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="265"/>
        <source>C&amp;lient</source>
        <translation>K&amp;liyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="266"/>
        <source>Co&amp;mpany</source>
        <translation>Ku&amp;mpanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="269"/>
        <source>&amp;Data involved</source>
        <translation>&amp;Data na sangkot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="270"/>
        <source>Ste&amp;ps taken</source>
        <translation>Mga &amp;hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="271"/>
        <source>C&amp;osts</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="272"/>
        <source>T&amp;ime spent</source>
        <translation>&amp;Oras na ginugol</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="273"/>
        <source>So far, in all: credit monitoring, postage, lost pay; and your time.</source>
        <translation>Sa ngayon, lahat: credit monitoring, selyo, nawalang bayad; at ang oras mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="274"/>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="275"/>
        <source>No&amp;te</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="295"/>
        <source>Name the company involved, or choose the client it concerns.</source>
        <translation>Pangalanan ang kumpanyang sangkot, o piliin ang kliyenteng may kinalaman.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Edit invoice</source>
        <translation>I-edit ang invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Add invoice or claim</source>
        <translation>Magdagdag ng invoice o claim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="46"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="48"/>
        <source>Invoice number</source>
        <translation>Numero ng invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="49"/>
        <source>optional, e.g. 2026-014</source>
        <translation>opsyonal, hal. 2026-014</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="51"/>
        <source>Amount billed</source>
        <translation>Halagang siningil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="52"/>
        <source>e.g. 640.00</source>
        <translation>hal. 640.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="54"/>
        <source>Date issued</source>
        <translation>Petsa ng paglabas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="55"/>
        <source>Work from</source>
        <translation>Trabaho mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="56"/>
        <source>Work to</source>
        <translation>Trabaho hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="57"/>
        <source>The invoice sets a due date:</source>
        <translation>May takdang petsa ang invoice:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="58"/>
        <source>Due date</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="64"/>
        <source>C&amp;lient</source>
        <translation>K&amp;liyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="65"/>
        <source>N&amp;umber</source>
        <translation>Nu&amp;mero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="66"/>
        <source>&amp;Amount</source>
        <translation>&amp;Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="68"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Inilabas noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>Work it bills</source>
        <translation>Trabahong sinisingil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="70"/>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="72"/>
        <source>N&amp;ote</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Save invoice</source>
        <translation>I-save ang invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Add invoice</source>
        <translation>Magdagdag ng invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="103"/>
        <source>Otherwise due %1 days after the work, by your payment terms with this client.</source>
        <translation>Kung hindi, dapat bayaran %1 araw pagkatapos ng trabaho, ayon sa kondisyon ng bayad sa kliyenteng ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="106"/>
        <source>Otherwise due by the deadline of the freelancer payment law where you work, if one applies (estimate — not legal advice).</source>
        <translation>Kung hindi, dapat bayaran sa deadline ng batas sa bayad sa freelancer kung saan ka nagtatrabaho, kung mayroon (tantiya — hindi legal na payo).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="118"/>
        <source>Add a client first: an invoice is sent to a client.</source>
        <translation>Magdagdag muna ng kliyente: ipinapadala ang invoice sa isang kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="120"/>
        <source>Enter the amount billed.</source>
        <translation>Ilagay ang halagang siningil.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="123"/>
        <source>An invoice of zero bills nothing.</source>
        <translation>Walang sinisingil ang invoice na zero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="126"/>
        <source>The work it bills ends before it starts.</source>
        <translation>Natatapos ang sinisingil na trabaho bago ito magsimula.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="129"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>Nauuna ang takdang petsa sa pagtatapos ng trabahong sinisingil.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="224"/>
        <source>Automatic backup failed</source>
        <translation>Pumalya ang awtomatikong backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="281"/>
        <source>Contractor Ledger keeps running here, with your timer. Use Quit in this menu to close it.</source>
        <translation>Patuloy na tumatakbo dito ang Contractor Ledger, kasama ang iyong timer. Gamitin ang Lumabas sa menu na ito para isara ito.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="163"/>
        <source>Link “%1”</source>
        <translation>I-link ang “%1”</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="170"/>
        <source>Kind of record to link to</source>
        <translation>Uri ng record na ili-link</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>A client</source>
        <translation>Isang kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>Work entries (newest first)</source>
        <translation>Mga entry ng trabaho (pinakabago muna)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Payments (newest first)</source>
        <translation>Mga bayad (pinakabago muna)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="176"/>
        <source>Type to narrow the list: a date, a client, a note…</source>
        <translation>Mag-type para paliitin ang listahan: petsa, kliyente, tala…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="177"/>
        <source>Filter the records</source>
        <translation>I-filter ang mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="182"/>
        <source>Records to link to</source>
        <translation>Mga record na ili-link</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="189"/>
        <source>Link</source>
        <translation>I-link</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="194"/>
        <source>Link to</source>
        <translation>I-link sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="195"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="197"/>
        <source>Tick what this file is proof of. A file can be linked to several records.</source>
        <translation>Lagyan ng tsek kung ano ang pinatutunayan ng file na ito. Maaaring i-link ang isang file sa maraming record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="209"/>
        <source>Nothing of this kind is recorded yet.</source>
        <translation>Wala pang naitalang ganitong uri.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="214"/>
        <source>1 record chosen</source>
        <translation>1 record ang napili</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="215"/>
        <source>%1 records chosen</source>
        <translation>%1 record ang napili</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="155"/>
        <location filename="../../contractor_app/gui/main_window.py" line="288"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Today</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Entries</source>
        <translation>Mga entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Pay</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation>Mga kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Data &amp;&amp; privacy</source>
        <translation>Data at privacy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Evidence</source>
        <translation>Ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <location filename="../../contractor_app/gui/main_window.py" line="491"/>
        <source>Reports</source>
        <translation>Mga report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Backups</source>
        <translation>Mga backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="215"/>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="222"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Bagong entry…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="223"/>
        <source>&amp;Find</source>
        <translation>&amp;Hanapin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="224"/>
        <source>&amp;Delete selected entries</source>
        <translation>Burahin ang m&amp;ga napiling entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="227"/>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Simulan ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="230"/>
        <source>Kept %1 as evidence, linked to the running work.</source>
        <translation>Itinago ang %1 bilang ebidensiya, naka-link sa kasalukuyang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="231"/>
        <source>&amp;Capture evidence</source>
        <translation>&amp;Kumuha ng ebidensiya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="233"/>
        <source>Capture a screen &amp;region…</source>
        <translation>Kumuha ng bahagi ng screen (&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="235"/>
        <source>&amp;Lock</source>
        <translation>I-&amp;lock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="236"/>
        <source>&amp;Quit</source>
        <translation>Lum&amp;abas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="238"/>
        <source>Add &amp;client…</source>
        <translation>Magdagdag ng &amp;kliyente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="240"/>
        <source>Record &amp;payment…</source>
        <translation>Itala ang ba&amp;yad…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="242"/>
        <source>Add &amp;invoice…</source>
        <translation>Magdagdag ng in&amp;voice…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="246"/>
        <source>&amp;Preferences…</source>
        <translation>Mga &amp;preference…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="248"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Mga k&amp;eyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="249"/>
        <source>&amp;About Contractor Ledger</source>
        <translation>Tungkol sa &amp;Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;I-edit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="272"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="275"/>
        <source>&amp;View</source>
        <translation>Ti&amp;ngnan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>Tul&amp;ong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="283"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="292"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>I-lock  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="293"/>
        <source>Lock your records</source>
        <translation>I-lock ang iyong mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="305"/>
        <source>Views</source>
        <translation>Mga view</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="336"/>
        <source>Encrypted on this computer</source>
        <translation>Naka-encrypt sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="337"/>
        <source>Your records are encrypted with your password and stay on this computer; nothing is sent anywhere.</source>
        <translation>Naka-encrypt ang iyong mga record gamit ang password mo at nananatili sa computer na ito; walang ipinapadala kahit saan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Stop timer</source>
        <translation>Ihinto ang ti&amp;mer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="455"/>
        <source>•  timer running</source>
        <translation>•  tumatakbo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>Start or stop the timer</source>
        <translation>Simulan o ihinto ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>New entry</source>
        <translation>Bagong entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Find</source>
        <translation>Hanapin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Undo</source>
        <translation>I-undo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Redo</source>
        <translation>I-redo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Lock</source>
        <translation>I-lock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Switch views</source>
        <translation>Lumipat ng view</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Add a client</source>
        <translation>Magdagdag ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Delete selected entries</source>
        <translation>Burahin ang mga napiling entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="493"/>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="495"/>
        <source>Keyboard shortcuts</source>
        <translation>Mga keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="515"/>
        <source>records check running…</source>
        <translation>sinusuri ang mga record…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/main_window.py" line="525"/>
        <source>%n problems found</source>
        <translation>
            <numerusform>%n problema ang nakita</numerusform>
            <numerusform>%n problema ang nakita</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="532"/>
        <source>records check: %1. Nothing was changed; run Verify from the command line for details.</source>
        <translation>pagsusuri ng record: %1. Walang binago; patakbuhin ang Verify sa command line para sa detalye.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="538"/>
        <source>records check OK %1</source>
        <translation>OK ang pagsusuri ng record %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="557"/>
        <source>no backup yet</source>
        <translation>wala pang backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="558"/>
        <source>A backup is made automatically when you lock, once a day, if your records changed.</source>
        <translation>Awtomatikong nagba-backup kapag nag-lock ka, isang beses sa isang araw, kung nagbago ang iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="565"/>
        <source>Your latest backup: %1</source>
        <translation>Ang huli mong backup: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="567"/>
        <source>last backup %1: back up soon</source>
        <translation>huling backup %1: mag-backup agad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="570"/>
        <source>last backup %1</source>
        <translation>huling backup %1</translation>
    </message>
</context>
<context>
    <name>NewTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="184"/>
        <source>New pay terms</source>
        <translation>Bagong kondisyon ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="186"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="190"/>
        <source>First day the new terms apply</source>
        <translation>Unang araw ng bagong kondisyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;From</source>
        <translation>&amp;Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="193"/>
        <source>Work before this day keeps the terms in force then; work from this day is paid at the new terms.</source>
        <translation>Mananatili sa dating kondisyon ang trabaho bago ang araw na ito; babayaran sa bagong kondisyon ang trabaho mula sa araw na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="195"/>
        <source>Save new terms</source>
        <translation>I-save ang bagong kondisyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="208"/>
        <source>No pay terms yet.</source>
        <translation>Wala pang kondisyon ng bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="210"/>
        <source>Now: %1</source>
        <translation>Ngayon: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="220"/>
        <source>Add an engagement first: pay terms belong to one.</source>
        <translation>Magdagdag muna ng engagement: may engagement ang bawat kondisyon ng bayad.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="92"/>
        <source>known</source>
        <translation>kilala</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="70"/>
        <source>Payer</source>
        <translation>Nagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="72"/>
        <source>Invoice or why not</source>
        <translation>Invoice o bakit hindi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="77"/>
        <source>(short by %1)</source>
        <translation>(kulang nang %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>— to match</source>
        <translation>— itutugma</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="128"/>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="130"/>
        <source>Show the password</source>
        <translation>Ipakita ang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="88"/>
        <source>Choose a password</source>
        <translation>Pumili ng password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="89"/>
        <source>It unlocks your records each time you open the app.</source>
        <translation>Ina-unlock nito ang iyong mga record tuwing bubuksan mo ang app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="91"/>
        <source>Create my records</source>
        <translation>Gawin ang aking mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="93"/>
        <source>Repeat the password</source>
        <translation>Ulitin ang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="96"/>
        <source>If you lose both your password and your recovery key, nobody can open your records. Not even us: there is no copy anywhere else.</source>
        <translation>Kung mawala ang password mo at ang recovery key, walang makakapagbukas ng iyong mga record. Kahit kami: walang kopya saanman.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="102"/>
        <source>Creating your records</source>
        <translation>Ginagawa ang iyong mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="105"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="107"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ulitin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>Magkaiba ang dalawang password.</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="33"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="36"/>
        <source>Current password</source>
        <translation>Kasalukuyang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="37"/>
        <source>New password</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="39"/>
        <source>Repeat the new password</source>
        <translation>Ulitin ang bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="44"/>
        <source>Changing the password</source>
        <translation>Pinapalitan ang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="46"/>
        <source>Change password</source>
        <translation>Palitan ang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="50"/>
        <source>Think your recovery key leaked? Type your current password above and issue a new one: the old one stops working. (If your password leaked, change it: copies of your files from before stop opening with it.)</source>
        <translation>Sa tingin mo ay nag-leak ang recovery key mo? I-type ang kasalukuyang password sa itaas at gumawa ng bago: hindi na gagana ang luma. (Kung nag-leak ang password mo, palitan ito: hindi na mabubuksan nito ang mga lumang kopya ng iyong file.)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="54"/>
        <source>Issue a new recovery key</source>
        <translation>Gumawa ng bagong recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="64"/>
        <source>Your new recovery key</source>
        <translation>Ang bago mong recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="69"/>
        <source>C&amp;urrent password</source>
        <translation>Kasalukuyang pa&amp;ssword</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="70"/>
        <source>&amp;New password</source>
        <translation>&amp;Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="72"/>
        <source>Re&amp;peat it</source>
        <translation>U&amp;litin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="95"/>
        <source>The two new passwords differ.</source>
        <translation>Magkaiba ang dalawang bagong password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="104"/>
        <source>Changing the password…</source>
        <translation>Pinapalitan ang password…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="111"/>
        <source>Moving your records to a new key…</source>
        <translation>Inililipat ang iyong mga record sa bagong key…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="124"/>
        <source>Password changed. Use the new one from now on: the old one no longer opens your records, not even with a copy of your files from before. Your recovery key still works. Backups made before open with the password you had then.</source>
        <translation>Napalitan ang password. Gamitin na ang bago: hindi na mabubuksan ng luma ang iyong mga record, kahit may lumang kopya ng iyong file. Gumagana pa rin ang recovery key mo. Nabubuksan ang mga lumang backup gamit ang password mo noon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="136"/>
        <source>Your new recovery key is below, shown only now: write it down and keep it away from this computer. The old one no longer works, except for backups made before now.</source>
        <translation>Nasa ibaba ang bago mong recovery key, ipinapakita ngayon lang: isulat ito at itago malayo sa computer na ito. Hindi na gumagana ang luma, maliban sa mga backup na ginawa bago ngayon.</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="89"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="296"/>
        <source>Balance per client</source>
        <translation>Balanse kada kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="92"/>
        <source>Payments received</source>
        <translation>Mga natanggap na bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="93"/>
        <source>Invoices and claims</source>
        <translation>Mga invoice at claim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="94"/>
        <source>Late payments</source>
        <translation>Mga huling bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="101"/>
        <source>Record payment…</source>
        <translation>Itala ang bayad…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="102"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="107"/>
        <source>Edit…</source>
        <translation>I-edit…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="103"/>
        <source>Edit the selected payment</source>
        <translation>I-edit ang napiling bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="104"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="109"/>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="105"/>
        <source>Delete the selected payment</source>
        <translation>Burahin ang napiling bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="106"/>
        <source>Add invoice…</source>
        <translation>Magdagdag ng invoice…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="108"/>
        <source>Edit the selected invoice</source>
        <translation>I-edit ang napiling invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="110"/>
        <source>Delete the selected invoice</source>
        <translation>Burahin ang napiling invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="111"/>
        <source>Import statement…</source>
        <translation>Mag-import ng statement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="122"/>
        <source>No payments received in this period. When money arrives, record it here: gross amount, fees, and the work it pays for.</source>
        <translation>Walang natanggap na bayad sa panahong ito. Pagdating ng pera, itala ito dito: gross na halaga, bayarin, at ang trabahong binabayaran nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="124"/>
        <source>No invoices or claims. Add the invoices you send (or what a platform owes you for a period) to see when each is due and what is late.</source>
        <translation>Walang invoice o claim. Idagdag ang mga invoice na ipinapadala mo (o ang utang ng platform para sa isang panahon) para makita kung kailan dapat bayaran ang bawat isa at ano ang huli na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="126"/>
        <source>No late payments in this period.</source>
        <translation>Walang huling bayad sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="129"/>
        <source>Payments, invoices and late payments</source>
        <translation>Mga bayad, invoice at huling bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="136"/>
        <source>To match (0)</source>
        <translation>Itutugma (0)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="138"/>
        <source>Costs</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="144"/>
        <source>How was this worked out?</source>
        <translation>Paano ito kinuwenta?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="147"/>
        <source>How was this worked out? For the selected client</source>
        <translation>Paano ito kinuwenta? Para sa napiling kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="148"/>
        <source>The rule, its source, the inputs and the arithmetic behind each figure of the selected client, week by week. Or activate a figure.</source>
        <translation>Ang tuntunin, pinagmulan, input at kuwenta sa likod ng bawat halaga ng napiling kliyente, kada linggo. O i-activate ang isang halaga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="164"/>
        <source>Paid per hour counts every hour you worked, unpaid time included. The minimum wage is judged on what your agreed terms pay, week by week: money not yet received is owed, not underpaid. Minimum wage figures are an estimate — not legal advice.</source>
        <translation>Binibilang ng bayad kada oras ang bawat oras ng trabaho, kasama ang hindi bayad. Sinusukat ang minimum wage sa ibinabayad ng napagkasunduang kondisyon, kada linggo: ang perang hindi pa natatanggap ay utang, hindi kulang na bayad. Tantiya ang mga halaga ng minimum wage — hindi legal na payo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="173"/>
        <source>No clients yet. Add the platform or company that pays you; then record what it pays and what you bill it here.</source>
        <translation>Wala pang kliyente. Idagdag ang platform o kumpanyang nagbabayad sa iyo; saka itala dito ang ibinabayad nila at ang sinisingil mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="177"/>
        <source>Add a client</source>
        <translation>Magdagdag ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="190"/>
        <source>Pay</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="209"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>This year</source>
        <translation>Ngayong taon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>All time</source>
        <translation>Lahat ng panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="212"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="220"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="221"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="226"/>
        <source>Client filter</source>
        <translation>Filter ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="227"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="314"/>
        <source>All clients</source>
        <translation>Lahat ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="277"/>
        <source>Updating…</source>
        <translation>Ina-update…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="432"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="307"/>
        <source>! %1 overdue</source>
        <translation>! %1 lampas na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="324"/>
        <source>No work recorded yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Wala pang naitalang trabaho. Simulan ang timer, o magdagdag ng entry para sa trabahong nagawa mo na (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="327"/>
        <source>No work in this period (%1). Choose &quot;All time&quot; to see every balance.</source>
        <translation>Walang trabaho sa panahong ito (%1). Piliin ang &quot;Lahat ng panahon&quot; para makita ang bawat balanse.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="331"/>
        <source>No payments recorded yet. When money arrives, record it here (Ctrl+Shift+P): gross amount, fees, and the work it pays for.</source>
        <translation>Wala pang naitalang bayad. Kapag dumating ang pera, itala ito rito (Ctrl+Shift+P): kabuuang halaga, mga bayarin, at ang trabahong binabayaran nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="335"/>
        <source>No payments recorded in this period (%1). Payments outside it: %2. Choose &quot;All time&quot; to see them.</source>
        <translation>Walang naitalang bayad sa panahong ito (%1). Mga bayad sa labas nito: %2. Piliin ang &quot;Lahat ng panahon&quot; para makita ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="342"/>
        <source>Overdue invoices: %1</source>
        <translation>Mga invoice na lampas na: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="344"/>
        <source>payments that came late in this period: %1</source>
        <translation>mga bayad na huling dumating sa panahong ito: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="349"/>
        <source>See Invoices and Late payments for the deadline that applies (estimate — not legal advice).</source>
        <translation>Tingnan ang Mga invoice at Mga huling bayad para sa umiiral na deadline (tantiya — hindi legal na payo).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="355"/>
        <source>Payments received (%1)</source>
        <translation>Mga natanggap na bayad (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="356"/>
        <source>Invoices and claims (%1)</source>
        <translation>Mga invoice at claim (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="358"/>
        <source>%1 overdue</source>
        <translation>%1 lampas na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="361"/>
        <source>Late payments (%1)</source>
        <translation>Mga huling bayad (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="423"/>
        <source>Payment deleted. Undo with Ctrl+Z.</source>
        <translation>Nabura ang bayad. I-undo gamit ang Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="431"/>
        <source>Statement imported. Payments with no client wait under To match.</source>
        <translation>Na-import ang statement. Naghihintay sa Itutugma ang mga bayad na walang kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="436"/>
        <source>To match (%1)</source>
        <translation>Itutugma (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="462"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Nabura ang invoice. I-undo gamit ang Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <source>Edit payment</source>
        <translation>I-edit ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Record payment</source>
        <translation>Itala ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="52"/>
        <source>Amount received, before fees</source>
        <translation>Halagang natanggap, bago ang bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="53"/>
        <source>e.g. 350.00</source>
        <translation>hal. 350.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="55"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="57"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="187"/>
        <source>Fees</source>
        <translation>Bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="58"/>
        <source>optional: platform or transfer fees</source>
        <translation>opsyonal: bayad sa platform o transfer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="60"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="188"/>
        <source>Deductions</source>
        <translation>Kaltas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="61"/>
        <source>optional: tax withheld, other deductions</source>
        <translation>opsyonal: withholding tax, iba pang kaltas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="63"/>
        <source>Net amount</source>
        <translation>Net na halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="64"/>
        <source>Date received</source>
        <translation>Petsa ng pagtanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="68"/>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="73"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="74"/>
        <source>transaction id, payout number…</source>
        <translation>transaction id, numero ng payout…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="76"/>
        <source>What it pays for</source>
        <translation>Ano ang binabayaran nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="77"/>
        <source>It pays for work from</source>
        <translation>Binabayaran nito ang trabaho mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="78"/>
        <source>Period from</source>
        <translation>Panahon mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="79"/>
        <source>Period to</source>
        <translation>Panahon hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="81"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="84"/>
        <source>C&amp;lient</source>
        <translation>K&amp;liyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="85"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Halagang natanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="87"/>
        <source>&amp;Fees</source>
        <translation>&amp;Bayarin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="88"/>
        <source>&amp;Deductions</source>
        <translation>&amp;Kaltas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="89"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="90"/>
        <source>Date &amp;received</source>
        <translation>Petsa ng &amp;pagtanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="91"/>
        <source>&amp;Method</source>
        <translation>Paraa&amp;n</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="92"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eference</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="93"/>
        <source>&amp;Pays for</source>
        <translation>Bayad para &amp;sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="96"/>
        <source>The period decides which work the payment counts against, and when it was due. Paying an invoice covers the invoice&apos;s period unless you set one.</source>
        <translation>Tinutukoy ng panahon kung saang trabaho ibibilang ang bayad, at kailan ito dapat bayaran. Sakop ng bayad sa invoice ang panahon ng invoice maliban kung magtakda ka ng iba.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Save payment</source>
        <translation>I-save ang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="142"/>
        <source>Nothing in particular</source>
        <translation>Walang partikular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="148"/>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="177"/>
        <source>Add a client first: a payment comes from a client.</source>
        <translation>Magdagdag muna ng kliyente: galing sa kliyente ang bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="180"/>
        <source>%1 pays in %2; record the amount that arrived in %2.</source>
        <translation>Nagbabayad ang %1 sa %2; itala ang halagang dumating sa %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="183"/>
        <source>Enter the amount you received.</source>
        <translation>Ilagay ang halagang natanggap mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="186"/>
        <source>A payment of zero is not a payment.</source>
        <translation>Hindi bayad ang bayad na zero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="190"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Mas malaki ang bayarin at kaltas kaysa sa halagang ibinayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>Natatapos ang panahon bago ito magsimula.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="214"/>
        <source>Covers the invoice&apos;s period, %1.</source>
        <translation>Sakop ang panahon ng invoice, %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="31"/>
        <source>Client filter</source>
        <translation>Filter ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="33"/>
        <source>&amp;Client</source>
        <translation>&amp;Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="35"/>
        <source>Privacy report…</source>
        <translation>Privacy report…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="36"/>
        <source>Make the privacy report or a data-access request letter from these records</source>
        <translation>Gawin ang privacy report o liham ng data-access request mula sa mga record na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Data at privacy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Data you handled</source>
        <translation>Data na hinawakan mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Collected about you</source>
        <translation>Kinolekta tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="47"/>
        <source>Breaches and disputes</source>
        <translation>Breach at alitan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="50"/>
        <source>&amp;Add data you handled…</source>
        <translation>&amp;Idagdag ang data na hinawakan mo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="51"/>
        <source>Record the data your work involves for each client: voice recordings, medical images, chat logs, and whose data it is. It shows what you were trusted with, and goes into your privacy report.</source>
        <translation>Itala ang data na sangkot sa iyong trabaho para sa bawat kliyente: voice recording, medical image, chat log, at kanino ang data. Ipinapakita nito ang ipinagkatiwala sa iyo, at kasama ito sa iyong privacy report.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="57"/>
        <source>&amp;Add what was collected…</source>
        <translation>&amp;Idagdag ang kinolekta…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="58"/>
        <source>Record what the platform collects about you: screen recording, webcam, ID checks, and what you agreed to. It goes into your privacy report and a data-access request.</source>
        <translation>Itala ang kinokolekta ng platform tungkol sa iyo: screen recording, webcam, ID check, at ang pinayagan mo. Kasama ito sa iyong privacy report at data-access request.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="64"/>
        <source>&amp;Add an incident…</source>
        <translation>&amp;Idagdag ang insidente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="65"/>
        <source>Got a data breach notice, or in a dispute with a client? Record when it happened, the data involved, the steps you took, and what it cost you in money and time. Keep the letters as evidence.</source>
        <translation>Nakatanggap ng abiso ng data breach, o may alitan sa kliyente? Itala kung kailan nangyari, ang data na sangkot, ang mga hakbang na ginawa mo, at kung magkano ang nagastos mo sa pera at oras. Itago ang mga liham bilang ebidensya.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="78"/>
        <source>Access requests</source>
        <translation>Mga access request</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="87"/>
        <source>What data your work involves, what platforms collect about you, and what happened to it. Everything here stays on this computer and goes into your privacy report and data-access request letters.</source>
        <translation>Anong data ang sangkot sa iyong trabaho, ano ang kinokolekta ng mga platform tungkol sa iyo, at ano ang nangyari dito. Lahat dito ay nananatili sa computer na ito at kasama sa iyong privacy report at mga liham ng data-access request.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="106"/>
        <source>All clients</source>
        <translation>Lahat ng kliyente</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="23"/>
        <source>About you</source>
        <translation>Tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="29"/>
        <source>Save profile</source>
        <translation>I-save ang profile</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="63"/>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="97"/>
        <source>Cancelling…</source>
        <translation>Kinakansela…</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="32"/>
        <source>Client for the new entry</source>
        <translation>Kliyente ng bagong entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="34"/>
        <source>Category for the new entry</source>
        <translation>Kategorya ng bagong entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="40"/>
        <source>Date of the new entry</source>
        <translation>Petsa ng bagong entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="43"/>
        <source>Start time</source>
        <translation>Oras ng simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="46"/>
        <source>End time</source>
        <translation>Oras ng tapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="48"/>
        <source>tasks (optional)</source>
        <translation>task (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="49"/>
        <source>Units done</source>
        <translation>Unit na natapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Tala (opsyonal)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="52"/>
        <source>Note for the new entry</source>
        <translation>Tala para sa bagong entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="53"/>
        <source>Add entry</source>
        <translation>Magdagdag ng entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>From</source>
        <translation>Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>To</source>
        <translation>Hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="66"/>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="113"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="104"/>
        <source>Add a client first.</source>
        <translation>Magdagdag muna ng kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="112"/>
        <source>That ends later than now. Log work once it is done, or use the timer.</source>
        <translation>Natatapos iyan pagkatapos ng ngayon. Itala ang trabaho kapag tapos na, o gamitin ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="115"/>
        <source>Units must be a positive number.</source>
        <translation>Dapat positibong numero ang unit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="130"/>
        <source> (ends the next day)</source>
        <translation> (tatapos sa susunod na araw)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Save changes</source>
        <translation>I-save ang mga pagbabago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Add</source>
        <translation>Idagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>&amp;Started on</source>
        <translation>Nag&amp;simula noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>Started on</source>
        <translation>Nagsimula noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>&amp;Ended on</source>
        <translation>Na&amp;tapos noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>Ended on</source>
        <translation>Natapos noong</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>I-&amp;edit…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="72"/>
        <source>Edit the selected record</source>
        <translation>I-edit ang napiling record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="75"/>
        <source>Delete the selected record</source>
        <translation>Burahin ang napiling record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="96"/>
        <source>The selected record in full</source>
        <translation>Ang buong napiling record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="110"/>
        <source>(empty list)</source>
        <translation>(walang laman ang listahan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="112"/>
        <source>Show all clients</source>
        <translation>Ipakita ang lahat ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="160"/>
        <source>Nothing recorded here for %1.</source>
        <translation>Walang naitala dito para sa %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="181"/>
        <source>Select a record to see it in full.</source>
        <translation>Pumili ng record para makita ito nang buo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="215"/>
        <source>Saved. It is not shown for the client chosen above.</source>
        <translation>Na-save. Hindi ito lumalabas para sa kliyenteng napili sa itaas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="226"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Nabura. I-undo gamit ang Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="167"/>
        <source>Your recovery key</source>
        <translation>Ang iyong recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="168"/>
        <source>If you forget your password, this key opens your records. It is shown only now.</source>
        <translation>Kung makalimutan mo ang password, bubuksan ng key na ito ang iyong mga record. Ngayon lang ito ipapakita.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="176"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>I-save bilang PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="181"/>
        <source>Print…</source>
        <translation>I-print…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="188"/>
        <source>Write it down, or save or print it, and keep it somewhere safe away from this computer. Anyone who has it can open your records.</source>
        <translation>Isulat ito, o i-save o i-print, at itago sa ligtas na lugar malayo sa computer na ito. Sinumang may hawak nito ay makakapagbukas ng iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="193"/>
        <source>A saved PDF is as good as the key: anyone who gets the file can open your records. Save it to a USB stick you keep away from this computer, not to a synced or shared folder, and delete other copies once it is printed.</source>
        <translation>Kasinghalaga ng key ang naka-save na PDF: sinumang makakuha ng file ay makakapagbukas ng iyong mga record. I-save ito sa USB stick na itinatago mo malayo sa computer na ito, hindi sa naka-sync o shared na folder, at burahin ang ibang kopya kapag na-print na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="199"/>
        <source>I have stored it safely</source>
        <translation>Naitago ko na ito nang ligtas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="217"/>
        <source>Save the recovery key (anyone with this file can open your records)</source>
        <translation>I-save ang recovery key (sinumang may file na ito ay makakapagbukas ng iyong mga record)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="226"/>
        <source>The PDF could not be saved (%1). Nothing else was changed; try another folder.</source>
        <translation>Hindi ma-save ang PDF (%1). Walang ibang binago; subukan ang ibang folder.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="229"/>
        <source>Saved to %1</source>
        <translation>Na-save sa %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="11"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="14"/>
        <source>Your recovery key is a second way into your records: 32 letters and digits in groups of four, shown once when you set up the app, to print or save as a PDF.</source>
        <translation>Ang recovery key mo ay pangalawang daan papasok sa iyong mga record: 32 titik at numero na naka-grupo nang tig-apat, ipinapakita nang isang beses sa pag-set up ng app, para i-print o i-save bilang PDF.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="16"/>
        <source>If you forget your password, choose &quot;Forgot your password? Use your recovery key&quot; when you unlock: the key opens your records and you choose a new password. It also opens your backups.</source>
        <translation>Kung makalimutan mo ang password, piliin ang &quot;Nakalimutan ang password? Gamitin ang recovery key&quot; sa pag-unlock: bubuksan ng key ang iyong mga record at pipili ka ng bagong password. Nabubuksan din nito ang iyong mga backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="18"/>
        <source>The app cannot show it again: it is not kept anywhere readable. Changing your password does not change it.</source>
        <translation>Hindi na ito maipapakita ulit ng app: hindi ito nakatago kahit saan na nababasa. Hindi ito nababago ng pagpalit ng password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="20"/>
        <source>If you lose both your password and your recovery key, nobody can open your records, not even the makers of this app.</source>
        <translation>Kung mawala ang password mo at ang recovery key, walang makakapagbukas ng iyong mga record, kahit ang gumawa ng app na ito.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="54"/>
        <source>Drag to choose the part of the screen to keep; Escape cancels</source>
        <translation>I-drag para piliin ang bahagi ng screen na itatago; kinakansela ng Escape</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="42"/>
        <source>Nothing is logged today yet. Add the work you did, or start the timer.</source>
        <translation>Wala pang naitala ngayon. Idagdag ang trabahong ginawa mo, o simulan ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="43"/>
        <source>Did you log today&apos;s work? Unlock your records to add it.</source>
        <translation>Naitala mo ba ang trabaho ngayon? I-unlock ang iyong mga record para idagdag ito.</translation>
    </message>
</context>
<context>
    <name>RenameEngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="300"/>
        <source>Rename engagement</source>
        <translation>Palitan ang pangalan ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="302"/>
        <source>Engagement name</source>
        <translation>Pangalan ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="305"/>
        <source>&amp;Name</source>
        <translation>&amp;Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="306"/>
        <source>Its entries, pay terms and payments stay with it.</source>
        <translation>Mananatili rito ang mga entry, tuntunin ng bayad at bayad nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="307"/>
        <source>Rename</source>
        <translation>Palitan ang pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="316"/>
        <source>An engagement needs a name.</source>
        <translation>Kailangan ng pangalan ang engagement.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="59"/>
        <source>Client the report is about</source>
        <translation>Kliyenteng tinutukoy ng report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="61"/>
        <source>Period the report covers</source>
        <translation>Panahong sakop ng report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This month</source>
        <translation>Ngayong buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last month</source>
        <translation>Nakaraang buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last 3 months</source>
        <translation>Huling 3 buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This year</source>
        <translation>Ngayong taon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Last year</source>
        <translation>Nakaraang taon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Everything recorded</source>
        <translation>Lahat ng naitala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Choose dates…</source>
        <translation>Pumili ng petsa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="68"/>
        <source>First day</source>
        <translation>Unang araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="71"/>
        <source>Last day</source>
        <translation>Huling araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="76"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="80"/>
        <source>Paper size</source>
        <translation>Laki ng papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="81"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="82"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="85"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="86"/>
        <source>Period</source>
        <translation>Panahon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="88"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="113"/>
        <source>All clients</source>
        <translation>Lahat ng kliyente</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="87"/>
        <source>Save PDF…</source>
        <translation>I-save ang PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="88"/>
        <source>Save the report as a PDF</source>
        <translation>I-save ang report bilang PDF</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Making the report</source>
        <translation>Ginagawa ang report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Stop making the report</source>
        <translation>Ihinto ang paggawa ng report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="109"/>
        <source>Preview of page 1</source>
        <translation>Preview ng pahina 1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="128"/>
        <source>Reports</source>
        <translation>Mga report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="217"/>
        <source>A %1 is about one client: add a client first (Clients view).</source>
        <translation>Tungkol sa isang kliyente ang %1: magdagdag muna ng kliyente (Mga kliyente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="237"/>
        <source>Making the preview…</source>
        <translation>Ginagawa ang preview…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="246"/>
        <source>No preview for this report.</source>
        <translation>Walang preview para sa report na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="249"/>
        <source>Page 1, as it will be saved</source>
        <translation>Pahina 1, gaya ng ise-save</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="270"/>
        <source>Save the report</source>
        <translation>I-save ang report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="271"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="288"/>
        <source>Making the report…</source>
        <translation>Ginagawa ang report…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="105"/>
        <source>Stopping…</source>
        <translation>Itinitigil…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="91"/>
        <source>Prepare for a lawyer or clinic…</source>
        <translation>Ihanda para sa abogado o klinika…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="92"/>
        <source>Prepare one file for a lawyer or clinic, with a checker</source>
        <translation>Maghanda ng isang file para sa abogado o klinika, kasama ang pansuri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="93"/>
        <source>One zip with the claim packet, pay summary and privacy report, your entries and payments, your evidence, your anchors and time stamps, and a checker anyone can run without this app.</source>
        <translation>Isang zip na may claim packet, buod ng bayad at ulat sa privacy, ang iyong mga entry at bayad, ebidensiya, mga anchor at time stamp, at isang pansuring mapapatakbo ng sinuman nang wala ang app na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="97"/>
        <source>Share with a union or worker centre…</source>
        <translation>Ibahagi sa unyon o worker centre…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="98"/>
        <source>Share your pay figures anonymously with a union or worker centre</source>
        <translation>Ibahagi nang hindi nagpapakilala ang iyong mga numero ng bayad sa unyon o worker centre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="147"/>
        <source>Report choices</source>
        <translation>Mga pagpipilian sa ulat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="165"/>
        <source>Saved the share to %1. Send it to your union or worker centre yourself: the app sends nothing.</source>
        <translation>Nai-save ang share sa %1. Ikaw mismo ang magpadala nito sa iyong unyon o worker centre: walang ipinapadala ang app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="298"/>
        <source>A bundle for a lawyer or clinic is about one client: choose the client above first.</source>
        <translation>Tungkol sa isang kliyente ang bundle para sa abogado o klinika: piliin muna ang kliyente sa itaas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="302"/>
        <source>Save the bundle for a lawyer or clinic</source>
        <translation>I-save ang bundle para sa abogado o klinika</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="303"/>
        <source>Zip files (*.zip)</source>
        <translation>Mga zip file (*.zip)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="316"/>
        <source>Preparing the bundle: three signed reports, your records and evidence…</source>
        <translation>Inihahanda ang bundle: tatlong pinirmahang ulat, ang iyong mga record at ebidensiya…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="322"/>
        <source>Saved %1: 3 signed reports, %2 entries, %3 payments, %4 evidence files, %5 time stamps. Whoever receives it unzips it and runs verify.py (README.txt inside says how). Your key&apos;s fingerprint, to tell them: %6.</source>
        <translation>Nai-save ang %1: 3 pinirmahang ulat, %2 entry, %3 bayad, %4 file ng ebidensiya, %5 time stamp. Ia-unzip ito ng tatanggap at patatakbuhin ang verify.py (sinasabi ng README.txt sa loob kung paano). Ang fingerprint ng iyong key, para sabihin sa kanila: %6.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="331"/>
        <source>The bundle was not saved: %1</source>
        <translation>Hindi na-save ang bundle: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Gathering your records…</source>
        <translation>Tinitipon ang iyong mga record…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Laying out the pages…</source>
        <translation>Inaayos ang mga pahina…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="344"/>
        <source>Saved %1 (%2 entries, %3 payments). It is signed: “Check a report…” can prove later that it was not changed.</source>
        <translation>Na-save ang %1 (%2 entry, %3 bayad). May pirma ito: mapapatunayan ng “Suriin ang report…” kalaunan na hindi ito binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="351"/>
        <source>Cancelled: no file was saved.</source>
        <translation>Kinansela: walang na-save na file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="353"/>
        <source>The report was not saved: %1</source>
        <translation>Hindi na-save ang report: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="106"/>
        <source>Keep this as evidence?</source>
        <translation>Itago ito bilang ebidensiya?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="108"/>
        <source>This image will be kept, encrypted, as evidence of your work for %1.</source>
        <translation>Itatago ang larawang ito, naka-encrypt, bilang ebidensiya ng iyong trabaho para sa %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="113"/>
        <source>The captured image</source>
        <translation>Ang nakuhang larawan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="120"/>
        <source>&amp;Keep</source>
        <translation>&amp;Itago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="121"/>
        <source>&amp;Discard</source>
        <translation>I&amp;tapon</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Restore a backup</source>
        <translation>Mag-restore ng backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Check a backup</source>
        <translation>Suriin ang isang backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="36"/>
        <source>The password I had on the day of the backup</source>
        <translation>Ang password ko noong araw ng backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="37"/>
        <source>My recovery key</source>
        <translation>Ang aking recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="42"/>
        <source>Password of the day of the backup</source>
        <translation>Password noong araw ng backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="46"/>
        <source>New password</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="47"/>
        <source>Repeat the new password</source>
        <translation>Ulitin ang bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="51"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="52"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="53"/>
        <source>&amp;New password</source>
        <translation>&amp;Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="55"/>
        <source>Re&amp;peat it</source>
        <translation>U&amp;litin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="65"/>
        <source>It opens with:</source>
        <translation>Nabubuksan ito gamit ang:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>Magkaiba ang dalawang password.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="55"/>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="58"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="77"/>
        <source>Profile saved.</source>
        <translation>Na-save ang profile.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="82"/>
        <source>Saved.</source>
        <translation>Na-save.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="99"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Maling password. Walang binago.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="48"/>
        <source>Share with a union or worker centre</source>
        <translation>Ibahagi sa unyon o worker centre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="56"/>
        <source>First day to share</source>
        <translation>Unang araw na ibabahagi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="57"/>
        <source>Last day to share</source>
        <translation>Huling araw na ibabahagi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Kind of work</source>
        <translation>Uri ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Name it</source>
        <translation>Pangalanan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="65"/>
        <source>Your clients: the kind of work of each, and whether to name it</source>
        <translation>Ang iyong mga kliyente: ang uri ng trabaho ng bawat isa, at kung papangalanan ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="71"/>
        <source>Everything the share will hold, in plain words</source>
        <translation>Lahat ng laman ng share, sa simpleng salita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="74"/>
        <source>Save share…</source>
        <translation>I-save ang share…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="86"/>
        <source>Unions and worker centres pool anonymous shares to show how platforms pay. The file holds, per month and kind of work: hours in fives, rounded pay, the hourly rate and the minimum wage it was compared with, and late or short payments. No names (unless you tick one), notes, dates or evidence. You send it yourself; the app sends nothing.</source>
        <translation>Pinagsasama ng mga unyon at worker centre ang mga anonymous na share para ipakita kung paano magbayad ang mga platform. Laman ng file, bawat buwan at uri ng trabaho: oras nang tiglilima, bilugang bayad, ang bayad kada oras at ang minimum wage na pinaghambingan, at mga huli o kulang na bayad. Walang pangalan (maliban kung markahan mo), tala, petsa o ebidensiya. Ikaw ang magpapadala; walang ipinapadala ang app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="93"/>
        <source>to</source>
        <translation>hanggang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="97"/>
        <source>Months</source>
        <translation>Mga buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="102"/>
        <source>What the file will hold:</source>
        <translation>Laman ng file:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="117"/>
        <source>Kind of work for %1</source>
        <translation>Uri ng trabaho para sa %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="120"/>
        <source>Name %1 in the share</source>
        <translation>Pangalanan ang %1 sa share</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>rating</source>
        <translation>rating</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>transcription</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>translation</source>
        <translation>pagsasalin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>moderation</source>
        <translation>moderation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>writing</source>
        <translation>pagsusulat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>driving</source>
        <translation>pagmamaneho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>other</source>
        <translation>iba pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="186"/>
        <source>Save the share</source>
        <translation>I-save ang share</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="187"/>
        <source>Share files (*.json)</source>
        <translation>Mga share file (*.json)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="199"/>
        <source>The share was not saved: %1</source>
        <translation>Hindi na-save ang share: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="52"/>
        <source>PayPal activity download (CSV)</source>
        <translation>PayPal activity download (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="53"/>
        <source>Wise statement or transaction history (CSV)</source>
        <translation>Wise statement o transaction history (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="54"/>
        <source>Upwork transaction history (CSV)</source>
        <translation>Upwork transaction history (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="55"/>
        <source>Payoneer transactions (CSV)</source>
        <translation>Mga transaksyon sa Payoneer (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="56"/>
        <source>Bank or other payments (CSV, choose its columns)</source>
        <translation>Bangko o ibang bayad (CSV, piliin ang mga column)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="88"/>
        <source>Import a payment statement</source>
        <translation>Mag-import ng payment statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="90"/>
        <source>Kind of statement</source>
        <translation>Uri ng statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="94"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="95"/>
        <source>Match each payment by payer</source>
        <translation>Itugma ang bawat bayad ayon sa nagbayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="99"/>
        <source>Statement file</source>
        <translation>File ng statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="106"/>
        <source>&amp;Statement</source>
        <translation>&amp;Statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="110"/>
        <source>F&amp;rom</source>
        <translation>&amp;Mula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="116"/>
        <source>Payments in the statement</source>
        <translation>Mga bayad sa statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="119"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="122"/>
        <source>Import</source>
        <translation>I-import</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="139"/>
        <source>Only money in from clients becomes a payment: withdrawals, transfers between your balances, refunds and holds are counted and skipped. Importing the same statement again adds nothing.</source>
        <translation>Ang perang pumasok mula sa kliyente lang ang nagiging bayad: binibilang at nilalaktawan ang withdrawal, transfer sa pagitan ng iyong balanse, refund at hold. Walang madadagdag kung i-import ulit ang parehong statement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="149"/>
        <source>Choose a statement</source>
        <translation>Pumili ng statement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="150"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Mga CSV file (*.csv *.txt);;Lahat ng file (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="185"/>
        <source>Choose the statement file first.</source>
        <translation>Piliin muna ang file ng statement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="214"/>
        <source>%n new payments, %1 matched to a client.</source>
        <translation>
            <numerusform>%n bagong bayad, %1 naitugma sa kliyente.</numerusform>
            <numerusform>%n bagong bayad, %1 naitugma sa kliyente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="217"/>
        <source>%1: gross %2, fees %3, net %4.</source>
        <translation>%1: gross %2, bayarin %3, net %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="221"/>
        <source>Already imported: %1.</source>
        <translation>Na-import na: %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="223"/>
        <source>Skipped: %1.</source>
        <translation>Nilaktawan: %1.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="193"/>
        <source>Password strength</source>
        <translation>Lakas ng password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="207"/>
        <source>Too short: use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Masyadong maikli: gumamit ng hindi bababa sa 8 character. Ang ilang salitang walang kaugnayan ay malakas na password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="208"/>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Mahina: madaling hulaan. Magdagdag ng salita o character.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="209"/>
        <source>Fair: could be stronger. Another word would help.</source>
        <translation>Katamtaman: puwede pang lumakas. Makakatulong ang isa pang salita.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="210"/>
        <source>Strong.</source>
        <translation>Malakas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="211"/>
        <source>Very strong.</source>
        <translation>Napakalakas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="213"/>
        <source>Too common: this is one of the 10,000 passwords anyone with your files tries first. Choose another; a few unrelated words make a strong password.</source>
        <translation>Masyadong karaniwan: isa ito sa 10,000 password na unang sinusubukan ng sinumang may hawak ng iyong file. Pumili ng iba; ang ilang salitang walang kaugnayan ay malakas na password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="218"/>
        <source>Use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Gumamit ng hindi bababa sa 8 character. Ang ilang salitang walang kaugnayan ay malakas na password.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="53"/>
        <source>Your other computers</source>
        <translation>Ang iba mo pang computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="73"/>
        <source>Keep your records in step on two computers through a folder your own sync tool keeps in step (Syncthing, Nextcloud, Dropbox, a USB stick). The app writes encrypted files there and never sends anything itself.</source>
        <translation>Panatilihing magkatugma ang iyong mga record sa dalawang computer sa pamamagitan ng folder na pinapanatiling magkatugma ng sarili mong sync tool (Syncthing, Nextcloud, Dropbox, USB stick). Nagsusulat ang app ng mga naka-encrypt na file doon at hindi ito nagpapadala ng kahit ano.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="78"/>
        <source>This computer&apos;s name</source>
        <translation>Pangalan ng computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="80"/>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="81"/>
        <source>The folder your sync tool keeps in step</source>
        <translation>Ang folder na pinapanatiling magkatugma ng iyong sync tool</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="82"/>
        <source>Choose…</source>
        <translation>Pumili…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="83"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="150"/>
        <source>Choose the sync folder</source>
        <translation>Piliin ang sync folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="89"/>
        <source>Pairing code from your other computer</source>
        <translation>Pairing code mula sa iba mong computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="90"/>
        <source>To join: the code your other computer shows</source>
        <translation>Para sumali: ang code na ipinapakita ng iba mong computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="91"/>
        <source>Start syncing here</source>
        <translation>Magsimulang mag-sync dito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="93"/>
        <source>Join with the code</source>
        <translation>Sumali gamit ang code</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="100"/>
        <source>This computer</source>
        <translation>Ang computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="101"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="102"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="117"/>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="114"/>
        <source>Sync folder and paired computers</source>
        <translation>Sync folder at mga naka-pair na computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="120"/>
        <source>Sync now</source>
        <translation>Mag-sync ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="122"/>
        <source>Show the pairing code</source>
        <translation>Ipakita ang pairing code</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="125"/>
        <source>A paired computer</source>
        <translation>Isang naka-pair na computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="126"/>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="127"/>
        <source>Stop reading the chosen computer&apos;s changes</source>
        <translation>Itigil ang pagbasa sa mga pagbabago ng napiling computer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="182"/>
        <source>Pairing code: %1
On your other computer, choose the same folder (as your sync tool keeps it there), type this code and press “Join with the code”. Keep it to yourself.</source>
        <translation>Pairing code: %1
Sa iba mong computer, piliin ang parehong folder (kung saan ito inilalagay ng iyong sync tool), i-type ang code na ito at pindutin ang “Sumali gamit ang code”. Huwag itong ibahagi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="200"/>
        <source>Took %n change(s) from your other devices.</source>
        <translation>
            <numerusform>Kinuha ang %n pagbabago mula sa iba mong device.</numerusform>
            <numerusform>Kinuha ang %n pagbabago mula sa iba mong device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="201"/>
        <source>Wrote %n change file(s).</source>
        <translation>
            <numerusform>Nagsulat ng %n file ng pagbabago.</numerusform>
            <numerusform>Nagsulat ng %n file ng pagbabago.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="202"/>
        <source>Paired with %1.</source>
        <translation>Naipares sa %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="205"/>
        <source>Waiting: %1</source>
        <translation>Naghihintay: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="206"/>
        <source>Refused: %1</source>
        <translation>Tinanggihan: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="232"/>
        <source> (removed)</source>
        <translation> (inalis)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="233"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="234"/>
        <source>This computer: %1</source>
        <translation>Ang computer na ito: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>Paired: %1</source>
        <translation>Naka-pair: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>none yet</source>
        <translation>wala pa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="204"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="237"/>
        <source>%n records changed on two computers: choose in Entries.</source>
        <translation>
            <numerusform>%n record na binago sa dalawang computer: pumili sa Mga entry.</numerusform>
            <numerusform>%n record na binago sa dalawang computer: pumili sa Mga entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="27"/>
        <source>Pay type</source>
        <translation>Uri ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="28"/>
        <source>Hourly</source>
        <translation>Kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="29"/>
        <source>Per task</source>
        <translation>Kada task</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="30"/>
        <source>Fixed price</source>
        <translation>Fixed price</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="33"/>
        <location filename="../../contractor_app/gui/rate_fields.py" line="57"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="72"/>
        <source>e.g. 20.00 (in %1)</source>
        <translation>hal. 20.00 (sa %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="73"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>hal. 20.00 (iwanang blangko kung hindi pa napagkasunduan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="38"/>
        <source>What one unit of work is called</source>
        <translation>Tawag sa isang unit ng trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="39"/>
        <source>&amp;Unit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="81"/>
        <source>%1 is paid</source>
        <translation>Bayad ang %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="87"/>
        <source>Paid work</source>
        <translation>Trabahong may bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="89"/>
        <source>Platform fee in percent</source>
        <translation>Bayad sa platform sa porsyento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="90"/>
        <source>e.g. 20 (leave empty if the platform keeps nothing)</source>
        <translation>hal. 20 (iwanang blangko kung walang kinukuha ang platform)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="92"/>
        <source>Note on these terms</source>
        <translation>Tala tungkol sa mga kondisyong ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="93"/>
        <source>e.g. raise after the annual review</source>
        <translation>hal. dagdag-sahod pagkatapos ng taunang review</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="97"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Uri ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="101"/>
        <source>Untick work the client does not pay for, such as unpaid training or assessments: it is still recorded, and shows in your reports as unpaid.</source>
        <translation>Alisin ang tsek sa trabahong hindi binabayaran ng kliyente, gaya ng walang bayad na training o pagsusulit: naitatala pa rin ito, at lumalabas sa iyong mga report bilang hindi bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="104"/>
        <source>Platform &amp;fee (%)</source>
        <translation>&amp;Bayad sa platform (%)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Rate kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Rate kada unit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="71"/>
        <source>&amp;Price</source>
        <translation>&amp;Presyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="141"/>
        <source>The platform fee</source>
        <translation>Ang bayad sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="143"/>
        <source>The platform fee is a percentage from 0 to 100.</source>
        <translation>Porsyento mula 0 hanggang 100 ang bayad sa platform.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="147"/>
        <source>Enter the new rate.</source>
        <translation>Ilagay ang bagong rate.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="55"/>
        <source>Price</source>
        <translation>Presyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="60"/>
        <source>A rate of zero is not a rate; leave it empty if the work is unpaid.</source>
        <translation>Hindi rate ang zero; iwanang blangko kung walang bayad ang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="66"/>
        <source>Name the unit with one word, such as task or item.</source>
        <translation>Pangalanan ang unit sa isang salita, gaya ng task o item.</translation>
    </message>
</context>
<context>
    <name>TimeSpentField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="158"/>
        <source> h</source>
        <translation> oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="159"/>
        <source>Time spent, hours</source>
        <translation>Oras na ginugol, oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="163"/>
        <source>Time spent, minutes</source>
        <translation>Oras na ginugol, minuto</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="52"/>
        <source>Add the platform or company you work for, with your pay terms; then start the timer when you start working.</source>
        <translation>Idagdag ang platform o kumpanyang pinagtatrabahuhan mo, kasama ang iyong kondisyon ng bayad; saka simulan ang timer pagsimula mo ng trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="55"/>
        <source>Add client…</source>
        <translation>Magdagdag ng kliyente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="65"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="68"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="70"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="74"/>
        <source>Note (optional, can be added later)</source>
        <translation>Tala (opsyonal, maaaring idagdag mamaya)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="75"/>
        <source>Note for the timer</source>
        <translation>Tala para sa timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="87"/>
        <source>Time on the timer</source>
        <translation>Oras sa timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="92"/>
        <source>&amp;Client</source>
        <translation>&amp;Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="93"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="94"/>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Stop</source>
        <translation>Ihinto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Start</source>
        <translation>Simulan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Stop the timer</source>
        <translation>Ihinto ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Start the timer</source>
        <translation>Simulan ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="149"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="152"/>
        <source>Not running</source>
        <translation>Hindi tumatakbo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="157"/>
        <source>Running since %1</source>
        <translation>Tumatakbo mula %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="168"/>
        <source>Stopped within a minute: nothing was recorded.</source>
        <translation>Inihinto sa loob ng isang minuto: walang naitala.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="41"/>
        <source>Today&apos;s total</source>
        <translation>Kabuuan ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="45"/>
        <source>Today&apos;s entries</source>
        <translation>Mga entry ngayon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="56"/>
        <source>No entries yet today. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Wala pang entry ngayon. Simulan ang timer, o magdagdag ng entry para sa trabahong tapos na (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="64"/>
        <source>&lt;b&gt;Add work you already did&lt;/b&gt; (Ctrl+N)</source>
        <translation>&lt;b&gt;Idagdag ang trabahong tapos na&lt;/b&gt; (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="112"/>
        <source>Today, %1</source>
        <translation>Ngayon, %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="114"/>
        <source>est. %1</source>
        <translation>tantiya %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/today/view.py" line="124"/>
        <source>Added. It overlaps %n other entries; both are kept and flagged.</source>
        <translation>
            <numerusform>Naidagdag. Sumasapaw ito sa %n ibang entry; parehong itinatago at may flag.</numerusform>
            <numerusform>Naidagdag. Sumasapaw ito sa %n ibang entry; lahat ay itinatago at may flag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="37"/>
        <source>Add entry…</source>
        <translation>Magdagdag ng entry…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="38"/>
        <source>Capture evidence</source>
        <translation>Kumuha ng ebidensiya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="39"/>
        <source>Open</source>
        <translation>Bukas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="40"/>
        <source>Lock</source>
        <translation>I-lock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Lumabas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="82"/>
        <source>Unlock to use the timer</source>
        <translation>I-unlock para magamit ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="83"/>
        <source>Contractor Ledger: locked</source>
        <translation>Contractor Ledger: naka-lock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="88"/>
        <source>Stop (%1)</source>
        <translation>Ihinto (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="89"/>
        <source>Contractor Ledger: timer running for %1, %2</source>
        <translation>Contractor Ledger: tumatakbo ang timer para sa %1, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="93"/>
        <source>Start timer (%1)</source>
        <translation>Simulan ang timer (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="94"/>
        <source>Start timer</source>
        <translation>Simulan ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="96"/>
        <source>Contractor Ledger: timer stopped</source>
        <translation>Contractor Ledger: huminto ang timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="111"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="78"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="100"/>
        <source>Add trip</source>
        <translation>Magdagdag ng biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="80"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="81"/>
        <source>Date driven</source>
        <translation>Petsa ng biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="83"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="111"/>
        <source>Distance</source>
        <translation>Layo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="84"/>
        <source>e.g. 42.5</source>
        <translation>hal. 42.5</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="86"/>
        <source>Unit</source>
        <translation>Yunit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="91"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="92"/>
        <source>optional, e.g. depot to city centre, odometer 10230-10272</source>
        <translation>opsiyonal, hal. mula depot hanggang sentro ng lungsod, odometer 10230-10272</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="94"/>
        <source>C&amp;lient</source>
        <translation>K&amp;liyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="95"/>
        <source>&amp;Date</source>
        <translation>&amp;Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="96"/>
        <source>Di&amp;stance</source>
        <translation>La&amp;yo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>&amp;Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="99"/>
        <source>Priced at the official per-distance rate of your country.</source>
        <translation>Pinresyuhan ayon sa opisyal na rate kada layo ng iyong bansa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="107"/>
        <source>Add a client first: a trip is for the work of a client.</source>
        <translation>Magdagdag muna ng kliyente: ang biyahe ay para sa trabaho ng isang kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="109"/>
        <source>Enter the distance you drove.</source>
        <translation>Ilagay ang layong minaneho mo.</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>Import a GPX track</source>
        <translation>Mag-import ng GPX track</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>GPX tracks (*.gpx)</source>
        <translation>Mga GPX track (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="137"/>
        <source>Distance log</source>
        <translation>Talaan ng layo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="138"/>
        <source>Add trip…</source>
        <translation>Magdagdag ng biyahe…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="139"/>
        <source>Import GPX…</source>
        <translation>Mag-import ng GPX…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="140"/>
        <source>Delete trip</source>
        <translation>Burahin ang biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="141"/>
        <source>No distance driven in this period. Add a trip from your odometer, or import a GPX track from your phone or bike computer.</source>
        <translation>Walang layong minaneho sa panahong ito. Magdagdag ng biyahe mula sa odometer, o mag-import ng GPX track mula sa telepono o bike computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="193"/>
        <source>Imported %n trip(s) from the GPX track.</source>
        <translation>
            <numerusform>Na-import ang %n biyahe mula sa GPX track.</numerusform>
            <numerusform>Na-import ang %n biyahe mula sa GPX track.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="195"/>
        <source>%n track day(s) were already in the log and were skipped.</source>
        <translation>
            <numerusform>%n araw ng track ang nasa talaan na at nilaktawan.</numerusform>
            <numerusform>%n araw ng track ang nasa talaan na at nilaktawan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="46"/>
        <source>Unlock your records - Contractor Ledger</source>
        <translation>I-unlock ang iyong mga record - Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="53"/>
        <source>Unlocking</source>
        <translation>Ina-unlock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="65"/>
        <source>Your records: %1</source>
        <translation>Ang iyong mga record: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="84"/>
        <source>Unlock your records</source>
        <translation>I-unlock ang iyong mga record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="86"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="90"/>
        <source>Unlock</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="99"/>
        <source>Forgot your password? Use your recovery key</source>
        <translation>Nakalimutan ang password? Gamitin ang recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="102"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="118"/>
        <source>Use your recovery key</source>
        <translation>Gamitin ang iyong recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="119"/>
        <source>Type the recovery key you saved when you set up the app (32 letters and digits in groups of four), then choose a new password. The old password stops working.</source>
        <translation>I-type ang recovery key na itinago mo noong nag-set up ng app (32 titik at numero na naka-grupo nang tig-apat), saka pumili ng bagong password. Hindi na gagana ang lumang password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="123"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="125"/>
        <source>New password</source>
        <translation>Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="127"/>
        <source>Repeat the new password</source>
        <translation>Ulitin ang bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="135"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="136"/>
        <source>&amp;New password</source>
        <translation>&amp;Bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="138"/>
        <source>Re&amp;peat it</source>
        <translation>U&amp;litin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="139"/>
        <source>Unlock and set the new password</source>
        <translation>I-unlock at itakda ang bagong password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="142"/>
        <source>Back to the password</source>
        <translation>Bumalik sa password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>Magkaiba ang dalawang password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="203"/>
        <source>Type your password.</source>
        <translation>I-type ang iyong password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="269"/>
        <source>Your records were replaced by an older copy (%1).</source>
        <translation>Napalitan ng mas lumang kopya ang iyong mga record (%1).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="275"/>
        <source>%1 Nothing was changed. Your backup from %2 can restore it.</source>
        <translation>%1 Walang binago. Maibabalik ito ng iyong backup noong %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="277"/>
        <source>%1 Nothing was changed. Keep this folder as it is, and restore your latest backup to get your records back.</source>
        <translation>%1 Walang binago. Hayaan ang folder na ito gaya ng dati, at i-restore ang pinakabago mong backup para maibalik ang iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="291"/>
        <source>Restore the latest backup (%1)…</source>
        <translation>I-restore ang pinakabagong backup (%1)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="301"/>
        <source>Type the password you had on the day of the backup, then restore.</source>
        <translation>I-type ang password mo noong araw ng backup, saka i-restore.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="313"/>
        <source>Restore the latest backup</source>
        <translation>I-restore ang pinakabagong backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="314"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days. The backup opens with the password you had on the day it was made.</source>
        <translation>Palitan ang iyong mga record ng backup noong %1?

Itatabi ang kasalukuyan mong mga record sa %2 nang %3 araw. Nabubuksan ang backup gamit ang password mo noong araw na ginawa ito.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="81"/>
        <source>Check a report…</source>
        <translation>Suriin ang report…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="82"/>
        <source>Check a report someone sends back</source>
        <translation>Suriin ang report na ibinalik ng iba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="91"/>
        <source>&lt;b&gt;Check a report someone sends back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suriin ang report na ibinalik ng iba&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="96"/>
        <source>Tells whether a PDF is exactly the report made here, and whether your records still say the same.</source>
        <translation>Sinasabi kung ang PDF ay eksaktong report na ginawa dito, at kung pareho pa rin ang sinasabi ng iyong mga record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>Check a report</source>
        <translation>Suriin ang report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="107"/>
        <source>Checking %1…</source>
        <translation>Sinusuri ang %1…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="64"/>
        <source>Welcome to Contractor Ledger</source>
        <translation>Maligayang pagdating sa Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="65"/>
        <source>Your own record of the work you do and the pay you receive.</source>
        <translation>Sarili mong record ng trabahong ginagawa mo at ng bayad na natatanggap mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="71"/>
        <source>Log your work each day with a timer or by hand, with the pay terms you agreed.</source>
        <translation>Itala ang iyong trabaho araw-araw gamit ang timer o mano-mano, kasama ang kondisyon ng bayad na napagkasunduan mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="72"/>
        <source>See what you earned, what you were paid and what is still owed to you.</source>
        <translation>Tingnan ang kinita mo, ang ibinayad sa iyo at ang utang pa sa iyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="73"/>
        <source>Everything stays on this computer, encrypted with your password. Nothing is sent anywhere.</source>
        <translation>Lahat ay nananatili sa computer na ito, naka-encrypt gamit ang iyong password. Walang ipinapadala kahit saan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="74"/>
        <source>Setup takes about two minutes.</source>
        <translation>Mga dalawang minuto lang ang setup.</translation>
    </message>
</context>
<context>
    <name>WhereToReachYou</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="152"/>
        <source>Your address</source>
        <translation>Iyong address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="153"/>
        <source>Street, city, postcode (optional; shown on reports and claims)</source>
        <translation>Kalye, lungsod, postcode (opsyonal; ipinapakita sa report at claim)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="157"/>
        <source>Your email or phone</source>
        <translation>Iyong email o telepono</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="158"/>
        <source>Email or phone (optional; shown on claims)</source>
        <translation>Email o telepono (opsyonal; ipinapakita sa claim)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="160"/>
        <source>Your &amp;address</source>
        <translation>Iyong &amp;address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="162"/>
        <source>Your email or p&amp;hone</source>
        <translation>Iyong email o &amp;telepono</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="35"/>
        <source>Edit client details</source>
        <translation>I-edit ang detalye ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="47"/>
        <source>Rename engagement</source>
        <translation>Palitan ang pangalan ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="73"/>
        <source>Correct pay terms</source>
        <translation>Itama ang mga tuntunin ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="89"/>
        <source>Remove pay terms</source>
        <translation>Alisin ang mga tuntunin ng bayad</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="23"/>
        <source>Ascension Island</source>
        <translation>Ascension Island</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="24"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>Nagkakaisang Emiratong Arabo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="26"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="27"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua at Barbuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="28"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="29"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="30"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="31"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="32"/>
        <source>Antarctica</source>
        <translation>Antarctica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="33"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="34"/>
        <source>American Samoa</source>
        <translation>Amerikanong Samoa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="35"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="36"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="37"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="38"/>
        <source>Åland Islands</source>
        <translation>Kapuluan ng Åland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="39"/>
        <source>Azerbaijan</source>
        <translation>Azerbaijan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="40"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnia at Herzegovina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="41"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="42"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="43"/>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="44"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="45"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="46"/>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="47"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="48"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="49"/>
        <source>St. Barthélemy</source>
        <translation>San Barthélemy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="50"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="51"/>
        <source>Brunei</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="52"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="53"/>
        <source>Caribbean Netherlands</source>
        <translation>Bonaire, Sint Eustatius at Saba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="54"/>
        <source>Brazil</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="55"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="56"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="57"/>
        <source>Bouvet Island</source>
        <translation>Isla ng Bouvet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="58"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="59"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="60"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="61"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="62"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kapuluan ng Cocos (Keeling)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="63"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="64"/>
        <source>Central African Republic</source>
        <translation>Republika ng Gitnang Aprika</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="65"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="66"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="67"/>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="68"/>
        <source>Cook Islands</source>
        <translation>Kapuluan ng Cook</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="69"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="70"/>
        <source>Cameroon</source>
        <translation>Cameroon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="71"/>
        <source>China</source>
        <translation>Tsina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="72"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="73"/>
        <source>Clipperton Island</source>
        <translation>Clipperton Island</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="74"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="75"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="76"/>
        <source>Cape Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="77"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="78"/>
        <source>Christmas Island</source>
        <translation>Isla ng Pasko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="79"/>
        <source>Cyprus</source>
        <translation>Cyprus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="80"/>
        <source>Czechia</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="81"/>
        <source>Germany</source>
        <translation>Alemanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="82"/>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="83"/>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="84"/>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="85"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="86"/>
        <source>Dominican Republic</source>
        <translation>Republikang Dominikano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="87"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="88"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta at Melilla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="89"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="90"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="91"/>
        <source>Egypt</source>
        <translation>Ehipto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="92"/>
        <source>Western Sahara</source>
        <translation>Kanlurang Sahara</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="93"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="94"/>
        <source>Spain</source>
        <translation>Espanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="95"/>
        <source>Ethiopia</source>
        <translation>Ethiopia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="96"/>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="97"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="98"/>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="99"/>
        <source>Falkland Islands</source>
        <translation>Kapuluan ng Falkland (Malvinas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="100"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="101"/>
        <source>Faroe Islands</source>
        <translation>Kapuluan ng Faroe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="102"/>
        <source>France</source>
        <translation>Pransiya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="103"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="104"/>
        <source>United Kingdom</source>
        <translation>Gran Britanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="105"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="106"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="107"/>
        <source>French Guiana</source>
        <translation>Pranses na Guiana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="108"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="109"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="110"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="111"/>
        <source>Greenland</source>
        <translation>Greenland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="112"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="113"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="114"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="115"/>
        <source>Equatorial Guinea</source>
        <translation>Equatorial Guinea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="116"/>
        <source>Greece</source>
        <translation>Gresya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="117"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Timog Georgia at ang Kapuluan ng Timog Sandwich</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="118"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="119"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="120"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="121"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="122"/>
        <source>Hong Kong SAR China</source>
        <translation>Hong Kong SAR China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="123"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Isla ng Heard at Kapuluan ng McDonald</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="124"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="125"/>
        <source>Croatia</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="126"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="127"/>
        <source>Hungary</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="128"/>
        <source>Canary Islands</source>
        <translation>Canary Islands</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="129"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="130"/>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="131"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="132"/>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="133"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="134"/>
        <source>British Indian Ocean Territory</source>
        <translation>Teritoryo sa Karagatang Indiyano ng Britanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="135"/>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="136"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="137"/>
        <source>Iceland</source>
        <translation>Iceland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="138"/>
        <source>Italy</source>
        <translation>Italya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="139"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="140"/>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="141"/>
        <source>Jordan</source>
        <translation>Jordan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="142"/>
        <source>Japan</source>
        <translation>Hapon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="143"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="144"/>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="145"/>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="146"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="147"/>
        <source>Comoros</source>
        <translation>Comoros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="148"/>
        <source>St. Kitts &amp; Nevis</source>
        <translation>San Kitts at Nevis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="149"/>
        <source>North Korea</source>
        <translation>Hilagang Korea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="150"/>
        <source>South Korea</source>
        <translation>Timog Korea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="151"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="152"/>
        <source>Cayman Islands</source>
        <translation>Kapuluan ng Cayman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="153"/>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="154"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="155"/>
        <source>Lebanon</source>
        <translation>Lebanon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="156"/>
        <source>St. Lucia</source>
        <translation>San Lucia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="157"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="158"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="159"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="160"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="161"/>
        <source>Lithuania</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="162"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="163"/>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="164"/>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="165"/>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="166"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="167"/>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="168"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="169"/>
        <source>St. Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="170"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="171"/>
        <source>Marshall Islands</source>
        <translation>Kapuluan ng Marshall</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="172"/>
        <source>North Macedonia</source>
        <translation>Hilagang Macedonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="173"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="174"/>
        <source>Myanmar (Burma)</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="175"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="176"/>
        <source>Macao SAR China</source>
        <translation>Macao SAR China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="177"/>
        <source>Northern Mariana Islands</source>
        <translation>Kapuluan ng Hilagang Mariana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="178"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="179"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="180"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="181"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="182"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="183"/>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="184"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="185"/>
        <source>Mexico</source>
        <translation>Mehiko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="186"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="187"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="188"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="189"/>
        <source>New Caledonia</source>
        <translation>New Caledonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="190"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="191"/>
        <source>Norfolk Island</source>
        <translation>Isla ng Norfolk</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="192"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="193"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="194"/>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="195"/>
        <source>Norway</source>
        <translation>Norway</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="196"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="197"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="198"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="199"/>
        <source>New Zealand</source>
        <translation>New Zealand</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="200"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="201"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="202"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="203"/>
        <source>French Polynesia</source>
        <translation>Pranses na Polynesia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="204"/>
        <source>Papua New Guinea</source>
        <translation>Papua New Guinea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="205"/>
        <source>Philippines</source>
        <translation>Pilipinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="206"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="207"/>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="208"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>San Pierre at Miquelon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="209"/>
        <source>Pitcairn Islands</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="210"/>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="211"/>
        <source>Palestinian Territories</source>
        <translation>Mga Teritoryo ng Palestina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="212"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="213"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="214"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="215"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="216"/>
        <source>Outlying Oceania</source>
        <translation>Outlying Oceania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="217"/>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="218"/>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="219"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="220"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="221"/>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="222"/>
        <source>Saudi Arabia</source>
        <translation>Saudi Arabia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="223"/>
        <source>Solomon Islands</source>
        <translation>Kapuluan ng Solomon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="224"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="225"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="226"/>
        <source>Sweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="227"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="228"/>
        <source>St. Helena</source>
        <translation>Saint Helena</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="229"/>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="230"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard at Jan Mayen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="231"/>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="232"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="233"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="234"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="235"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="236"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="237"/>
        <source>South Sudan</source>
        <translation>Timog Sudan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="238"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>Sao Tome at Principe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="239"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="240"/>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="241"/>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="242"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="243"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="244"/>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Kapuluan ng Turks at Caicos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="245"/>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="246"/>
        <source>French Southern Territories</source>
        <translation>Mga Katimugang Teritoryo ng Pransiya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="247"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="248"/>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="249"/>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="250"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="251"/>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="252"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="253"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="254"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="255"/>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="256"/>
        <source>Trinidad &amp; Tobago</source>
        <translation>Trinidad at Tobago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="257"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="258"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="259"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="260"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="261"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="262"/>
        <source>U.S. Outlying Islands</source>
        <translation>Mga Minor Outlying Island ng Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="263"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="264"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="265"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="266"/>
        <source>Vatican City</source>
        <translation>Vatican City</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="267"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>San Vicente at ang Grenadines</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="268"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="269"/>
        <source>British Virgin Islands</source>
        <translation>British Virgin Islands</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="270"/>
        <source>U.S. Virgin Islands</source>
        <translation>U.S. Virgin Islands</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="271"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="272"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="273"/>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis at Futuna</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="274"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="275"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="276"/>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="277"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="278"/>
        <source>South Africa</source>
        <translation>Timog Aprika</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="279"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="280"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="23"/>
        <source>One month counted in calendar days; weekends and holidays count.</source>
        <translation>Isang buwan na binilang sa calendar days; kasama ang weekend at holiday.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="24"/>
        <source>{months} months counted in calendar days; weekends and holidays count.</source>
        <translation>{months} buwan na binilang sa calendar days; kasama ang weekend at holiday.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="25"/>
        <source>{days} days counted in calendar days; weekends and holidays count.</source>
        <translation>{days} araw na binilang sa calendar days; kasama ang weekend at holiday.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="26"/>
        <source>A last day on a Saturday or Sunday moves to the Monday; the public holidays where the company is are not known here, so a holiday may move it one working day later.</source>
        <translation>Ang huling araw na tumapat sa Sabado o Linggo ay lilipat sa Lunes; hindi alam dito ang mga holiday kung nasaan ang kumpanya, kaya maaaring maiurong pa ito ng isang working day dahil sa holiday.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="29"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays).</source>
        <translation>Ang huling araw na tumapat sa Sabado, Linggo o public holiday sa {place} ay lilipat sa susunod na working day (mga pambansang holiday).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="31"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays; {regional}).</source>
        <translation>Ang huling araw na tumapat sa Sabado, Linggo o public holiday sa {place} ay lilipat sa susunod na working day (mga pambansang holiday; {regional}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="33"/>
        <source>The extension claimed on {claimed} came after the first deadline ({first_due}), so it does not move it ({citation}).</source>
        <translation>Ang extension na hiningi noong {claimed} ay dumating pagkalipas ng unang deadline ({first_due}), kaya hindi nito iniuurong iyon ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="41"/>
        <source>England and Wales</source>
        <translation>England at Wales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="42"/>
        <source>Northern Ireland</source>
        <translation>Northern Ireland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="43"/>
        <source>Scotland</source>
        <translation>Scotland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="44"/>
        <source>local holidays set by Scottish councils are not counted</source>
        <translation>hindi binibilang ang mga lokal na holiday na itinakda ng mga council sa Scotland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="45"/>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="46"/>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="47"/>
        <source>only the nine holidays kept in every Land; a Land&apos;s own (e.g. Epiphany, Corpus Christi, Reformation Day, All Saints) are not counted</source>
        <translation>ang siyam na holiday lang na ipinagdiriwang sa bawat Land; hindi binibilang ang sariling holiday ng isang Land (hal. Epiphany, Corpus Christi, Reformation Day, All Saints)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="49"/>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="50"/>
        <source>an autonomous community&apos;s own holidays (e.g. Maundy Thursday, Easter Monday, its national day) and the Mondays some communities give for a national holiday on a Sunday are not counted</source>
        <translation>hindi binibilang ang sariling holiday ng isang autonomous community (hal. Huwebes Santo, Easter Monday, ang sarili nitong araw) at ang mga Lunes na ibinibigay ng ilang community kapag Linggo tumapat ang pambansang holiday</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="53"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="54"/>
        <source>Alsace-Moselle&apos;s Good Friday and 26 December and the overseas departments&apos; own days are not counted</source>
        <translation>hindi binibilang ang Biyernes Santo at 26 Disyembre ng Alsace-Moselle at ang sariling mga araw ng mga overseas department</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="56"/>
        <source>Italy</source>
        <translation>Italy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="57"/>
        <source>a town&apos;s patron saint&apos;s day is not counted</source>
        <translation>hindi binibilang ang araw ng patron ng isang bayan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="58"/>
        <source>the Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="59"/>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="31"/>
        <source>There is already a client named {name!r}; nothing was changed.</source>
        <translation>May kliyente nang nagngangalang {name!r}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="32"/>
        <source>{client} already has an engagement named {name!r}; nothing was changed.</source>
        <translation>May engagement na ang {client} na nagngangalang {name!r}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="33"/>
        <source>This client already has an engagement named {name!r}; nothing was changed.</source>
        <translation>May engagement na ang kliyenteng ito na nagngangalang {name!r}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="34"/>
        <source>The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it first.</source>
        <translation>Tumatakbo na ang timer para sa {client} mula {since:%Y-%m-%d %H:%M}; ihinto muna ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="36"/>
        <source>The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.</source>
        <translation>Nagtatapos ang entry ({end:%Y-%m-%d %H:%M} UTC) bago o sa mismong oras na nagsisimula ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="37"/>
        <source>Your records file is damaged ({what}).</source>
        <translation>Sira ang file ng iyong mga talaan ({what}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="38"/>
        <source>Your records file is damaged ({what}). {detail}</source>
        <translation>Sira ang file ng iyong mga talaan ({what}). {detail}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="39"/>
        <source>This backup is damaged ({what}). Nothing was restored or changed; use another backup.</source>
        <translation>Sira ang backup na ito ({what}). Walang naibalik o binago; gumamit ng ibang backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="41"/>
        <source>This backup is damaged ({what}). {detail} Nothing was restored or changed; use another backup.</source>
        <translation>Sira ang backup na ito ({what}). {detail} Walang naibalik o binago; gumamit ng ibang backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="43"/>
        <source>The backup folder {folder} cannot be used ({reason}). Your records are safe and unchanged; choose another folder in the backup settings.</source>
        <translation>Hindi magagamit ang backup folder na {folder} ({reason}). Ligtas at hindi nagbago ang iyong mga talaan; pumili ng ibang folder sa mga setting ng backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="45"/>
        <source>Cannot read the backup {path} ({reason}). Nothing was changed.</source>
        <translation>Hindi mabasa ang backup na {path} ({reason}). Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="46"/>
        <source>{path} is not a backup file. Nothing was changed.</source>
        <translation>Hindi backup file ang {path}. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="47"/>
        <source>{name} was refused: {why}. Nothing was added.</source>
        <translation>Tinanggihan ang {name}: {why}. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="48"/>
        <source>{name} was refused: {why}. Nothing was imported.</source>
        <translation>Tinanggihan ang {name}: {why}. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="49"/>
        <source>There is no file or folder {path}. Nothing was added.</source>
        <translation>Walang file o folder na {path}. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="50"/>
        <source>Cannot read {path}: {reason}. Nothing was added.</source>
        <translation>Hindi mabasa ang {path}: {reason}. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="51"/>
        <source>{name} holds no files to keep. Nothing was added.</source>
        <translation>Walang file na maitatabi sa {name}. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="52"/>
        <source>{path} is a folder; give the file to import. Nothing was imported.</source>
        <translation>Folder ang {path}; ibigay ang file na i-import. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="53"/>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>Hindi mabasa ang {path}: {reason}. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="54"/>
        <source>{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported.</source>
        <translation>Mas malaki sa {mib} MiB ang {name}; hatiin ito sa mas maliliit na file. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="55"/>
        <source>{name} is empty; there is nothing to keep. Nothing was added.</source>
        <translation>Walang laman ang {name}; walang maitatabi. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="56"/>
        <source>{path} is not a file; give the file to keep. Nothing was added.</source>
        <translation>Hindi file ang {path}; ibigay ang file na itatabi. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="57"/>
        <source>There is no file {path}. Nothing was added.</source>
        <translation>Walang file na {path}. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="59"/>
        <source>{what} {id} does not exist (it may have been deleted).</source>
        <translation>Walang {what} {id} (maaaring nabura na).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="60"/>
        <source>Units {units} must be a positive number with at most 3 decimal places.</source>
        <translation>Ang units na {units} ay dapat positibong numero na may hanggang 3 decimal place.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="61"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>Mas mahaba sa {limit} character ang note.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="62"/>
        <source>Kind must be bonus or adjustment, not {kind!r}.</source>
        <translation>Ang uri ay dapat bonus o adjustment, hindi {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="63"/>
        <source>Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}</source>
        <translation>May evidence na naka-link sa {what}, kaya itinatago ito; walang binura.{advice}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="64"/>
        <source>This {what} is already back in your records; nothing was changed.</source>
        <translation>Nakabalik na sa iyong mga talaan ang {what} na ito; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="65"/>
        <source>The client of a deleted {what} no longer exists; it cannot be put back.</source>
        <translation>Wala na ang kliyente ng nabura na {what}; hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="66"/>
        <source>Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York.</source>
        <translation>Hindi kilalang time zone {name!r}: gumamit ng pangalang gaya ng Europe/Berlin o America/New_York.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="67"/>
        <source>Date and time {text!r} is not understood: use a form like 2026-11-26T09:30.</source>
        <translation>Hindi maintindihan ang petsa at oras na {text!r}: gumamit ng anyong gaya ng 2026-11-26T09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="68"/>
        <source>{text!r} does not exist in {zone} (the clocks skipped it); check the time.</source>
        <translation>Walang {text!r} sa {zone} (nilaktawan ito ng orasan); suriin ang oras.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="69"/>
        <source>Date {text!r} is not understood: use a form like 2026-11-26.</source>
        <translation>Hindi maintindihan ang petsang {text!r}: gumamit ng anyong gaya ng 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="70"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Nagtatapos ang panahon ({end}) bago ito magsimula ({start}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="71"/>
        <source>Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30.</source>
        <translation>Hindi maintindihan ang panahong {text!r}: gamitin ang MULA..HANGGANG, hal. 2026-11-01..2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="72"/>
        <source>{what} {text!r} is not a number.</source>
        <translation>{what}: hindi numero ang {text!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="73"/>
        <source>{what} {text!r} is not a plain number.</source>
        <translation>{what}: hindi simpleng numero ang {text!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="74"/>
        <source>{what} {value} is negative; amounts are recorded as positive numbers.</source>
        <translation>{what}: negatibo ang {value}; itinatala ang mga halaga bilang positibong numero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="75"/>
        <source>{what} {value} has more than {allowed} decimal places for {code}.</source>
        <translation>{what}: may higit sa {allowed} decimal place ang {value} para sa {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="76"/>
        <source>Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task.</source>
        <translation>Kailangan ng unit ang rate na {text!r}: isulat ang 25/h kada oras o 0.40/task kada task.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="77"/>
        <source>Rate unit {unit!r} is not understood: use h, or a word such as task or item.</source>
        <translation>Hindi maintindihan ang unit ng rate na {unit!r}: gamitin ang h, o salitang gaya ng task o item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="79"/>
        <source>Classification must be contractor or employee, not {classification!r}.</source>
        <translation>Ang classification ay dapat contractor o employee, hindi {classification!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="80"/>
        <source>There is no {what} #{id} in your records; nothing was changed.</source>
        <translation>Walang {what} #{id} sa iyong mga talaan; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="81"/>
        <source>The rate is in {rate_currency} but the client pays in {currency}.</source>
        <translation>Nasa {rate_currency} ang rate pero nagbabayad ang kliyente sa {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="82"/>
        <source>Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.</source>
        <translation>Hindi oras ang simula ng araw ng trabaho na {text!r}: isulat ang HH:MM, hal. 06:00, o midnight.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="83"/>
        <source>No client named {name!r}. Known clients: {known}.</source>
        <translation>Walang kliyenteng nagngangalang {name!r}. Mga kilalang kliyente: {known}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="84"/>
        <source>No client named {name!r}. Add one with `client add`.</source>
        <translation>Walang kliyenteng nagngangalang {name!r}. Magdagdag gamit ang `client add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="85"/>
        <source>{client} has no engagement named {name!r}.</source>
        <translation>Walang engagement ang {client} na nagngangalang {name!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="86"/>
        <source>{client} has no engagement.</source>
        <translation>Walang engagement ang {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="87"/>
        <source>{what} is limited to {limit:,} characters; nothing was changed.</source>
        <translation>{what}: hanggang {limit:,} character lamang; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="88"/>
        <source>{client} pays in {currency}, not {rate_currency}.</source>
        <translation>Nagbabayad ang {client} sa {currency}, hindi sa {rate_currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="89"/>
        <source>{engagement} already has pay terms from {effective_from}; choose another day. Nothing was changed.</source>
        <translation>May pay terms na ang {engagement} mula {effective_from}; pumili ng ibang araw. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="91"/>
        <source>Your entry of {day} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>Mawawalan ng pay terms ang iyong entry noong {day} (magsisimula ang una sa {first}). Pumili ng mas maagang araw. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="93"/>
        <source>{count} entries from {start} to {end} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>Mawawalan ng pay terms ang {count} entry mula {start} hanggang {end} (magsisimula ang una sa {first}). Pumili ng mas maagang araw. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="95"/>
        <source>Your entry of {day} is paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>Binabayaran ayon sa mga terms na ito ang iyong entry noong {day}. Itama ang terms sa halip na alisin ang mga ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="97"/>
        <source>{count} entries from {start} to {end} are paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>Binabayaran ayon sa mga terms na ito ang {count} entry mula {start} hanggang {end}. Itama ang terms sa halip na alisin ang mga ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="99"/>
        <source>There are no pay terms #{id} in your records; nothing was changed.</source>
        <translation>Walang pay terms #{id} sa iyong mga talaan; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="100"/>
        <source>Pay type must be hourly, per unit or fixed, not {kind!r}.</source>
        <translation>Ang uri ng bayad ay dapat kada oras, kada unit o fixed, hindi {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="101"/>
        <source>The client pays in {currency}, not {rate_currency}; nothing was changed.</source>
        <translation>Nagbabayad ang kliyente sa {currency}, hindi sa {rate_currency}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="103"/>
        <source>A payment&apos;s method, reference and note are limited to {limit} characters.</source>
        <translation>Hanggang {limit} character lamang ang paraan, reference at note ng isang payment.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="104"/>
        <source>{client} pays in {currency}; record the amount that arrived in {currency}.</source>
        <translation>Nagbabayad ang {client} sa {currency}; itala ang halagang dumating sa {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="105"/>
        <source>That invoice is not one of {client}&apos;s; choose one of theirs or none.</source>
        <translation>Hindi invoice ng {client} iyon; pumili ng isa sa kanila o wala.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="106"/>
        <source>An invoice&apos;s number and note are limited to {limit} characters.</source>
        <translation>Hanggang {limit} character lamang ang numero at note ng isang invoice.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="107"/>
        <source>An expense&apos;s category is one of {kinds}; not {kind!r}.</source>
        <translation>Ang kategorya ng expense ay isa sa {kinds}; hindi {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="108"/>
        <source>An expense&apos;s note is limited to {limit} characters.</source>
        <translation>Hanggang {limit} character lamang ang note ng isang expense.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="109"/>
        <source>There is no evidence #{id} in your records; keep the receipt with `evidence add` first, then name its number.</source>
        <translation>Walang evidence #{id} sa iyong mga talaan; itago muna ang resibo gamit ang `evidence add`, saka ibigay ang numero nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="111"/>
        <source>Distance is in km or mi, not {unit!r}.</source>
        <translation>Nasa km o mi ang distansya, hindi {unit!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="112"/>
        <source>A trip of more than {most} {unit} in a day is not believable; check the number.</source>
        <translation>Hindi kapani-paniwala ang biyaheng higit sa {most} {unit} sa isang araw; suriin ang numero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="113"/>
        <source>A distance has at most {places} decimal places.</source>
        <translation>Hanggang {places} decimal place lamang ang distansya.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="114"/>
        <source>A trip&apos;s note is limited to {limit} characters.</source>
        <translation>Hanggang {limit} character lamang ang note ng isang trip.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="115"/>
        <source>A rate converts between two currencies: {base} to {base} is not one.</source>
        <translation>Nagko-convert ang rate sa pagitan ng dalawang currency: hindi ganoon ang {base} sa {base}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="116"/>
        <source>Rate {rate} is not a positive number of {target} for 1 {base}.</source>
        <translation>Hindi positibong bilang ng {target} kada 1 {base} ang rate na {rate}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="117"/>
        <source>Rate {rate} has more than 10 decimal places.</source>
        <translation>May higit sa 10 decimal place ang rate na {rate}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="118"/>
        <source>A rate from {base} to {target} on {on} is already recorded (see `rate list`).</source>
        <translation>May naitala nang rate mula {base} papuntang {target} noong {on} (tingnan ang `rate list`).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="119"/>
        <source>{amount} cannot be {client}&apos;s payment: they pay in {currency}.</source>
        <translation>Hindi maaaring payment ng {client} ang {amount}: nagbabayad sila sa {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="120"/>
        <source>That invoice is not one of {client}&apos;s in {currency}.</source>
        <translation>Hindi iyon isa sa mga invoice ng {client} sa {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="121"/>
        <source>Statement payment {id} does not exist.</source>
        <translation>Walang statement payment na {id}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="122"/>
        <source>{format!r} statements need no column mapping.</source>
        <translation>Hindi kailangan ng column mapping ang mga statement na {format!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="123"/>
        <source>Unknown statement format {format!r}: use one of {formats}.</source>
        <translation>Hindi kilalang format ng statement {format!r}: gamitin ang isa sa {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="124"/>
        <source>No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (date, amount and id needed).</source>
        <translation>Wala pang naka-save na column mapping para sa {name!r}: magbigay gamit ang --map FIELD=COLUMN para sa mga field na {fields} (kailangan ang date, amount at id).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="126"/>
        <source>Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _.</source>
        <translation>Pangalan ng source {source!r}: gumamit ng hanggang 60 titik, digit, espasyo, tuldok, gitling o _.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="128"/>
        <source>There is already a file at {path}; nothing was written. Choose another name.</source>
        <translation>May file na sa {path}; walang naisulat. Pumili ng ibang pangalan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="129"/>
        <source>The backup could not be written to {folder} ({reason}). Your records are safe and unchanged.</source>
        <translation>Hindi maisulat ang backup sa {folder} ({reason}). Ligtas at hindi nagbago ang iyong mga talaan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="131"/>
        <source>Keep between 0 and {most} backups per period, not {value}.</source>
        <translation>Magtago ng 0 hanggang {most} backup kada panahon, hindi {value}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="132"/>
        <source>The backup folder must be a full path, like /home/you/Backups, not {folder!r}.</source>
        <translation>Dapat buong path ang backup folder, gaya ng /home/you/Backups, hindi {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="133"/>
        <source>Cannot make the folder {folder}: {reason}. Nothing was written.</source>
        <translation>Hindi magawa ang folder na {folder}: {reason}. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="134"/>
        <source>Evidence #{id} does not match its fingerprint; run `verify`. The export was not written.</source>
        <translation>Hindi tugma ang evidence #{id} sa fingerprint nito; patakbuhin ang `verify`. Hindi naisulat ang export.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="136"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Hindi maisulat ang {path}: {reason}. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="137"/>
        <source>{path} is a folder; give a file name. Nothing was written.</source>
        <translation>Folder ang {path}; magbigay ng pangalan ng file. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="138"/>
        <source>Choose a place outside your records folder ({folder}); nothing was written.</source>
        <translation>Pumili ng lugar sa labas ng folder ng iyong mga talaan ({folder}); walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="139"/>
        <source>Give a file name in an existing folder, not {path}. Nothing was written.</source>
        <translation>Magbigay ng pangalan ng file sa folder na umiiral, hindi {path}. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="140"/>
        <source>Choose a place outside your records folder ({folder}). Nothing was written.</source>
        <translation>Pumili ng lugar sa labas ng folder ng iyong mga talaan ({folder}). Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="141"/>
        <source>The password must have at least {count} characters.</source>
        <translation>Dapat may hindi bababa sa {count} character ang password.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="142"/>
        <source>There are already records in {folder}; nothing was changed.</source>
        <translation>May mga talaan na sa {folder}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="143"/>
        <source>No records found in {folder}. Create them with `contractor-app init`.</source>
        <translation>Walang nahanap na talaan sa {folder}. Gawin ang mga ito gamit ang `contractor-app init`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="144"/>
        <source>Updating your records to this version of the app failed ({error}); they were left exactly as they were. Please report this, and keep using the previous version meanwhile.</source>
        <translation>Nabigo ang pag-update ng iyong mga talaan sa bersyong ito ng app ({error}); iniwan ang mga ito nang eksakto gaya ng dati. Pakiulat ito, at gamitin muna ang naunang bersyon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="148"/>
        <source>No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (start, and end or duration, needed).</source>
        <translation>Wala pang naka-save na column mapping para sa {source!r}: magbigay gamit ang --map FIELD=COLUMN para sa mga field na {fields} (kailangan ang start, at end o duration).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="150"/>
        <source>Unknown import format {format!r}: use one of {formats}.</source>
        <translation>Hindi kilalang format ng import {format!r}: gamitin ang isa sa {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="151"/>
        <source>{name}, {where}: no client. Choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name}, {where}: walang kliyente. Piliin ang kliyente ng mga entry na ito gamit ang --client NAME. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="153"/>
        <source>{name} has no clients: choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>Walang kliyente ang {name}: piliin ang kliyente ng mga entry na ito gamit ang --client NAME. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="155"/>
        <source>{name} names clients that are not in your records: {listed} and {more} more. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>May mga kliyenteng binanggit ang {name} na wala sa iyong mga talaan: {listed} at {more} pa. Idagdag ang bawat isa gamit ang `contractor-app client add NAME --rate ...`, o ilagay ang lahat ng entry sa isang kliyente gamit ang --client NAME. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="158"/>
        <source>{name} names clients that are not in your records: {listed}. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>May mga kliyenteng binanggit ang {name} na wala sa iyong mga talaan: {listed}. Idagdag ang bawat isa gamit ang `contractor-app client add NAME --rate ...`, o ilagay ang lahat ng entry sa isang kliyente gamit ang --client NAME. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="161"/>
        <source>{client} has no engagement to import into. Nothing was imported.</source>
        <translation>Walang engagement ang {client} na mapag-iimportan. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="162"/>
        <source>Unknown mapping field {field!r}: use {fields}.</source>
        <translation>Hindi kilalang field ng mapping {field!r}: gamitin ang {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="163"/>
        <source>The mapping of {name!r} must name a column.</source>
        <translation>Dapat magpangalan ng column ang mapping ng {name!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="164"/>
        <source>--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin).</source>
        <translation>Hindi FIELD=COLUMN ang --map {pair!r} (hal. --map start=Begin).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="165"/>
        <source>{file} has no column {name!r} (columns: {columns}). Nothing was imported.</source>
        <translation>Walang column na {name!r} ang {file} (mga column: {columns}). Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="166"/>
        <source>{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported.</source>
        <translation>Hindi nababasang GPX file ang {name} ({problem}, linya {line}). Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="167"/>
        <source>{name} has no track with two points or more; nothing to measure. Nothing was imported.</source>
        <translation>Walang track ang {name} na may dalawa o higit pang punto; walang masusukat. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="169"/>
        <source>{name}: {track} has points without a time, so its days cannot be told; record the trip by hand with `distance add`. Nothing was imported.</source>
        <translation>{name}: may mga punto ang {track} na walang oras, kaya hindi matukoy ang mga araw nito; itala nang mano-mano ang biyahe gamit ang `distance add`. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="171"/>
        <source>The mapping needs {fields}.</source>
        <translation>Kailangan ng mapping ang {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="172"/>
        <source>{name}: no column is chosen as the currency; say which client the payments are from (their currency is used) or choose the currency column. Nothing was imported.</source>
        <translation>{name}: walang column na pinili bilang currency; sabihin kung aling kliyente galing ang mga payment (gagamitin ang currency nila) o piliin ang column ng currency. Walang na-import.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="174"/>
        <source>{name} is not a zip file that can be read ({error}). Nothing was added.</source>
        <translation>Hindi nababasang zip file ang {name} ({error}). Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="176"/>
        <source>This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); nothing was added. Link that one with `evidence link {id}`.</source>
        <translation>Nakatago na ang file na ito bilang evidence #{id} ({name!r}, idinagdag noong {added:%Y-%m-%d}); walang naidagdag. I-link iyon gamit ang `evidence link {id}`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="178"/>
        <source>File type {media_type!r} is not understood: use a form like application/pdf or image/png.</source>
        <translation>Hindi maintindihan ang uri ng file na {media_type!r}: gumamit ng anyong gaya ng application/pdf o image/png.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="180"/>
        <source>Evidence #{id} is not linked to {records}; nothing was changed.</source>
        <translation>Hindi naka-link ang evidence #{id} sa {records}; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="181"/>
        <source>{name!r} is the written contract on file for {client}: change that in Clients first. Nothing was changed.</source>
        <translation>Ang {name!r} ang nakatagong nakasulat na kontrata para sa {client}: palitan muna iyon sa Clients. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="183"/>
        <source>{path} already exists; choose a new file name. Nothing was written.</source>
        <translation>Umiiral na ang {path}; pumili ng bagong pangalan ng file. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="184"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Walang folder na {folder}. Walang naisulat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="185"/>
        <source>{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller copy or split it. Nothing was added.</source>
        <translation>Mas malaki sa {mb} MB ang {name}, ang pinakamalaki para sa isang evidence; magtago ng mas maliit na kopya o hatiin ito. Walang naidagdag.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="187"/>
        <source>An evidence name is one line of at most {limit} characters.</source>
        <translation>Ang pangalan ng evidence ay isang linya na hanggang {limit} character.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="188"/>
        <source>Evidence can be linked to {kinds}, not {entity!r}.</source>
        <translation>Maaaring i-link ang evidence sa {kinds}, hindi sa {entity!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="189"/>
        <source>There is no evidence #{id} in your records; `evidence list` shows it all.</source>
        <translation>Walang evidence #{id} sa iyong mga talaan; ipinapakita lahat ng `evidence list`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="190"/>
        <source>How the anchor went must be one of {hows}, not {how!r}.</source>
        <translation>Ang paraan ng pagpapadala ng anchor ay dapat isa sa {hows}, hindi {how!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="191"/>
        <source>Where the anchor went is at most {limit} characters.</source>
        <translation>Hanggang {limit} character lamang kung saan napunta ang anchor.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="192"/>
        <source>This time stamp is already kept with anchor {code}.</source>
        <translation>Nakatago na ang time stamp na ito kasama ng anchor {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="193"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Hindi mabasa ang {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="194"/>
        <source>No anchor {code!r} in these records: `anchor list` shows them.</source>
        <translation>Walang anchor na {code!r} sa mga talaang ito: ipinapakita ng `anchor list` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="195"/>
        <source>The CA file {name} cannot be read: {reason}.</source>
        <translation>Hindi mabasa ang CA file na {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="196"/>
        <source>The CA file {name} is too large to be a certificate bundle.</source>
        <translation>Masyadong malaki ang CA file na {name} para maging certificate bundle.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="197"/>
        <source>The CA file {name} holds no readable certificate (PEM or DER).</source>
        <translation>Walang nababasang certificate (PEM o DER) ang CA file na {name}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="198"/>
        <source>The authority did not grant this time stamp (status: {status}).</source>
        <translation>Hindi ibinigay ng authority ang time stamp na ito (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="199"/>
        <source>The time stamp uses a digest this app does not accept ({algorithm}).</source>
        <translation>Gumagamit ang time stamp ng digest na hindi tinatanggap ng app na ito ({algorithm}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="201"/>
        <source>Paper must be a4 or letter, not {paper!r}.</source>
        <translation>Ang papel ay dapat a4 o letter, hindi {paper!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="202"/>
        <source>Cannot read {name}: {reason}. Nothing was changed.</source>
        <translation>Hindi mabasa ang {name}: {reason}. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="203"/>
        <source>Unknown report {kind!r}: choose one of {kinds}.</source>
        <translation>Hindi kilalang report {kind!r}: pumili ng isa sa {kinds}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="204"/>
        <source>A {kind} report is about one client: add --client NAME.</source>
        <translation>Tungkol sa isang kliyente ang report na {kind}: idagdag ang --client NAME.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="205"/>
        <source>Nothing recorded for {client!r} in this period.</source>
        <translation>Walang naitala para sa {client!r} sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="206"/>
        <source>Reports can be written in {languages}, not {code!r}.</source>
        <translation>Maaaring isulat ang mga report sa {languages}, hindi sa {code!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="208"/>
        <source>Paper size must be one of {sizes}, not {choice!r}.</source>
        <translation>Ang laki ng papel ay dapat isa sa {sizes}, hindi {choice!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="209"/>
        <source>The password must have at least {count} characters. Nothing was changed.</source>
        <translation>Dapat may hindi bababa sa {count} character ang password. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="210"/>
        <source>The saved column mapping of {source!r} is damaged; give it again with --map.</source>
        <translation>Sira ang naka-save na column mapping ng {source!r}; ibigay itong muli gamit ang --map.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="211"/>
        <source>The address is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>Masyadong mahaba ang address: panatilihin itong mas mababa sa {limit} character. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="212"/>
        <source>The contact is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>Masyadong mahaba ang contact: panatilihin itong mas mababa sa {limit} character. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="214"/>
        <source>Data record #{id} is about data {direction}, not {wanted}; nothing was changed. Add a new record instead.</source>
        <translation>Tungkol sa datos na {direction} ang data record #{id}, hindi {wanted}; walang binago. Magdagdag na lang ng bagong record.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="216"/>
        <source>Direction must be handled or collected, not {direction!r}.</source>
        <translation>Ang direksyon ay dapat handled o collected, hindi {direction!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="217"/>
        <source>There is no data record #{id} in your records; `data list` shows them.</source>
        <translation>Walang data record #{id} sa iyong mga talaan; ipinapakita ng `data list` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="218"/>
        <source>{what} is limited to {limit:,} characters.</source>
        <translation>{what}: hanggang {limit:,} character lamang.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="219"/>
        <source>Give at most {most} of them; group similar kinds of data together.</source>
        <translation>Magbigay ng hanggang {most} lamang; pagsamahin ang magkakatulad na uri ng datos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="220"/>
        <source>{what} {value!r} is not one of: {allowed}.</source>
        <translation>{what}: ang {value!r} ay wala sa mga ito: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="221"/>
        <source>{day} is in the future; record what has already happened (leave the end date empty while it goes on).</source>
        <translation>Nasa hinaharap ang {day}; itala ang nangyari na (iwanang blangko ang petsa ng pagtatapos habang nagpapatuloy ito).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="223"/>
        <source>Say which law the request is made under ({laws}): {client}&apos;s jurisdiction does not tell.</source>
        <translation>Sabihin kung aling batas ginawa ang kahilingan ({laws}): hindi ito masabi ng jurisdiction ng {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="225"/>
        <source>The answer cannot come before the request was sent ({sent_on}).</source>
        <translation>Hindi maaaring mauna ang sagot sa pagpapadala ng kahilingan ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="226"/>
        <source>The extension cannot come before the request was sent ({sent_on}).</source>
        <translation>Hindi maaaring mauna ang extension sa pagpapadala ng kahilingan ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="227"/>
        <source>There is no access request #{id} in your records; `dsar list` shows them.</source>
        <translation>Walang access request #{id} sa iyong mga talaan; ipinapakita ng `dsar list` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="228"/>
        <source>The steps taken are limited to {limit:,} characters in all.</source>
        <translation>Hanggang {limit:,} character lamang sa kabuuan ang mga hakbang na ginawa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="229"/>
        <source>The time spent is limited to {hours:,} hours.</source>
        <translation>Hanggang {hours:,} oras lamang ang nagugol na oras.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="230"/>
        <source>{folder} is not a folder of share files.</source>
        <translation>Hindi folder ng mga share file ang {folder}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="231"/>
        <source>{folder} holds more than {most:,} share files; summarise them in parts.</source>
        <translation>Mahigit {most:,} share file ang laman ng {folder}; ibuod ang mga ito nang pa-bahagi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="232"/>
        <source>There is no incident #{id} in your records; `incident list` shows them.</source>
        <translation>Walang incident #{id} sa iyong mga talaan; ipinapakita ng `incident list` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="233"/>
        <source>No access request to {client} needs a follow-up on {as_of}: none is past its deadline without an answer, or answered in part. `dsar list` shows them.</source>
        <translation>Walang access request sa {client} na kailangang i-follow up sa {as_of}: wala ang lumampas sa deadline nang walang sagot, o bahagya lang nasagot. Ipinapakita ng `dsar list` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="236"/>
        <source>Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP.</source>
        <translation>Hindi kilalang currency code {code!r}: gumamit ng ISO 4217 code gaya ng USD, EUR o GBP.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="237"/>
        <source>Unknown category {name!r}: choose one of {categories}.</source>
        <translation>Hindi kilalang kategorya {name!r}: pumili ng isa sa {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="238"/>
        <source>Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, CA-ON) or a city (US-NY-NYC).</source>
        <translation>Hindi maintindihan ang jurisdiction na {code!r}: gumamit ng bansa (US, GB), rehiyon (US-CA, CA-ON) o lungsod (US-NY-NYC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="240"/>
        <source>{category!r} for {client} is not a kind of work; use one of: {categories}.</source>
        <translation>Hindi uri ng trabaho ang {category!r} para sa {client}; gamitin ang isa sa: {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="242"/>
        <source>{folder} is not a folder. Choose the folder your sync tool keeps in step.</source>
        <translation>Hindi folder ang {folder}. Piliin ang folder na pinananatiling magkatugma ng iyong sync tool.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="243"/>
        <source>No single paired device is {device!r}; `sync status` lists them.</source>
        <translation>Walang iisang naka-pair na device na {device!r}; inililista ng `sync status` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="244"/>
        <source>Syncing stopped: a change from another computer does not fit the records here ({error}). Nothing was changed; `sync conflicts` and `sync status` show the state.</source>
        <translation>Huminto ang pag-sync: hindi tugma sa mga talaan dito ang isang pagbabago mula sa ibang computer ({error}). Walang binago; ipinapakita ng `sync conflicts` at `sync status` ang kalagayan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="246"/>
        <source>The sync folder {folder} is not there (a drive not connected?). Nothing was changed.</source>
        <translation>Wala ang sync folder na {folder} (hindi nakakonektang drive?). Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="248"/>
        <source>No conflict #{id}; `sync conflicts` lists them.</source>
        <translation>Walang conflict #{id}; inililista ng `sync conflicts` ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="254"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Maling password. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="255"/>
        <source>Your records are locked. Unlock them first.</source>
        <translation>Naka-lock ang iyong mga record. I-unlock muna ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="256"/>
        <source>Your records are busy in another window. Nothing was changed; try again.</source>
        <translation>Ginagamit ang iyong mga talaan sa ibang window. Walang binago; subukan ulit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="257"/>
        <source>That recovery key does not open these records. Nothing was changed.</source>
        <translation>Hindi nabubuksan ng recovery key na iyan ang mga talaang ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="258"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Mali ang kasalukuyang password. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="259"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Hindi nabubuksan ng recovery key na iyan ang backup na ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="260"/>
        <source>The timer is not running.</source>
        <translation>Hindi tumatakbo ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="261"/>
        <source>The entry ends in the future; log work once it is done, or use the timer.</source>
        <translation>Nagtatapos ang entry sa hinaharap; itala ang trabaho kapag tapos na, o gamitin ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="262"/>
        <source>Breaks must be shorter than the entry itself.</source>
        <translation>Dapat mas maikli ang mga pahinga kaysa sa entry mismo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="263"/>
        <source>An entry is linked to a payment; remove that link first. Nothing was deleted.</source>
        <translation>May entry na naka-link sa isang bayad; alisin muna ang link na iyon. Walang binura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="264"/>
        <source>This is one of the 10,000 most common passwords, the first ones anyone who has your files tries. Choose another: a few unrelated words make a strong password. Nothing was changed.</source>
        <translation>Isa ito sa 10,000 pinakakaraniwang password, ang mga unang sinusubukan ng sinumang may hawak ng iyong mga file. Pumili ng iba: ang ilang salitang walang kaugnayan ay bumubuo ng matibay na password. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="268"/>
        <source>Wrong password for this backup: it opens with the password you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Maling password para sa backup na ito: bubukas ito gamit ang password mo noong ginawa ito, o gamit ang iyong recovery key. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="270"/>
        <source>This restore was already finished or thrown away; nothing was changed. Start it again.</source>
        <translation>Tapos na o itinapon na ang pag-restore na ito; walang binago. Simulan itong muli.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="272"/>
        <source>Your records are still open here. Lock them, then restore again. Nothing was changed.</source>
        <translation>Bukas pa rito ang iyong mga talaan. I-lock ang mga ito, saka mag-restore muli. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="274"/>
        <source>Your records are open in another window. Close it, then restore again. Nothing was changed.</source>
        <translation>Bukas ang iyong mga talaan sa ibang window. Isara ito, saka mag-restore muli. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="276"/>
        <source>This backup was made by a newer version of Contractor Ledger; update the app to open it. Nothing was changed.</source>
        <translation>Ginawa ang backup na ito ng mas bagong bersyon ng Contractor Ledger; i-update ang app para mabuksan ito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="278"/>
        <source>A rate of zero is not a rate; leave the rate out if the work is unpaid.</source>
        <translation>Hindi rate ang rate na zero; huwag ilagay ang rate kung hindi bayad ang trabaho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="279"/>
        <source>The mapping needs start=COLUMN.</source>
        <translation>Kailangan ng mapping ang start=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="280"/>
        <source>The mapping needs end=COLUMN or duration=COLUMN.</source>
        <translation>Kailangan ng mapping ang end=COLUMN o duration=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="281"/>
        <source>This file is not a readable time-stamp response (.tsr): it is damaged, or something else.</source>
        <translation>Hindi nababasang time-stamp response (.tsr) ang file na ito: sira ito, o iba ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="283"/>
        <source>The time-stamp token does not carry its signer&apos;s certificate (ask the authority for it with the request&apos;s certificate flag, which the app sets).</source>
        <translation>Walang dalang certificate ng pumirma ang time-stamp token (hingin ito sa authority gamit ang certificate flag ng request, na itinatakda ng app).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="285"/>
        <source>The time-stamping authority is not one you trust: its certificate does not chain to the CA file given (or the system&apos;s).</source>
        <translation>Hindi mo pinagkakatiwalaan ang time-stamping authority: hindi umaabot ang certificate nito sa ibinigay na CA file (o sa system).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="287"/>
        <source>This file is too large to be a time-stamp response.</source>
        <translation>Masyadong malaki ang file na ito para maging time-stamp response.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="288"/>
        <source>The time-stamp token is not signed data.</source>
        <translation>Hindi pinirmahang datos ang time-stamp token.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="289"/>
        <source>The time-stamp token does not hold time-stamp information.</source>
        <translation>Walang impormasyon ng time stamp ang time-stamp token.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="290"/>
        <source>This time stamp is for something else: its message imprint is not this anchor&apos;s.</source>
        <translation>Para sa ibang bagay ang time stamp na ito: hindi sa anchor na ito ang message imprint nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="291"/>
        <source>A time-stamp token has exactly one signer; this one does not.</source>
        <translation>Eksaktong isa ang pumipirma sa time-stamp token; hindi ganoon ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="292"/>
        <source>The certificate that signed this time stamp is not one for time-stamping.</source>
        <translation>Hindi pang-time-stamping ang certificate na pumirma sa time stamp na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="293"/>
        <source>The time-stamping certificate was not valid at the time it stamped.</source>
        <translation>Hindi valid ang time-stamping certificate noong nag-stamp ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="294"/>
        <source>The time stamp&apos;s signature covers no signed attributes.</source>
        <translation>Walang saklaw na signed attribute ang pirma ng time stamp.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="295"/>
        <source>The time stamp&apos;s signed attributes do not name time-stamp information.</source>
        <translation>Hindi binabanggit ng signed attributes ng time stamp ang impormasyon ng time stamp.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="296"/>
        <source>The time stamp was altered: its information does not match what was signed.</source>
        <translation>Binago ang time stamp: hindi tugma ang impormasyon nito sa pinirmahan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="297"/>
        <source>No system certificate bundle was found: give the authority&apos;s CA file with --ca.</source>
        <translation>Walang nahanap na certificate bundle ng system: ibigay ang CA file ng authority gamit ang --ca.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="298"/>
        <source>The time stamp&apos;s signature does not verify: it was altered or forged.</source>
        <translation>Hindi ma-verify ang pirma ng time stamp: binago o peke ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="299"/>
        <source>The time stamp is signed with a kind of key this app does not accept.</source>
        <translation>Pinirmahan ang time stamp gamit ang uri ng key na hindi tinatanggap ng app na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="300"/>
        <source>This file is too large to be a Contractor Ledger report.</source>
        <translation>Masyadong malaki ang file na ito para maging report ng Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="301"/>
        <source>This file does not carry a Contractor Ledger signature: it was altered, or not made by Contractor Ledger.</source>
        <translation>Walang pirma ng Contractor Ledger ang file na ito: binago ito, o hindi ito gawa ng Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="303"/>
        <source>The report&apos;s signed data is not what Contractor Ledger writes: it was not made by it.</source>
        <translation>Hindi ganito ang isinusulat ng Contractor Ledger sa pinirmahang datos ng report: hindi ito gawa nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="305"/>
        <source>The report&apos;s signed data is unreadable: the file was altered.</source>
        <translation>Hindi mabasa ang pinirmahang datos ng report: binago ang file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="306"/>
        <source>The report was altered after it was made: its signature does not match.</source>
        <translation>Binago ang report pagkatapos itong gawin: hindi tugma ang pirma nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="307"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Hindi ito maaaring natanggap bago ipinadala.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="308"/>
        <source>Say what the answer left out: the follow-up letter names it.</source>
        <translation>Sabihin kung ano ang hindi isinama ng sagot: binabanggit ito ng follow-up na liham.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="309"/>
        <source>A complete answer has nothing missing; leave out what was missing, or mark it incomplete.</source>
        <translation>Walang kulang sa kumpletong sagot; alisin ang kulang, o markahan itong hindi kumpleto.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="311"/>
        <source>A bonus is a positive amount; record a reduction as an adjustment.</source>
        <translation>Positibong halaga ang bonus; itala ang bawas bilang adjustment.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="312"/>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Walang binabago ang adjustment na zero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="313"/>
        <source>This time stamp is for none of your anchors: it stamps something else.</source>
        <translation>Hindi para sa alinman sa iyong mga anchor ang time stamp na ito: iba ang tinatatakan nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="314"/>
        <source>A new password can only be set when restoring with the recovery key.</source>
        <translation>Makakapagtakda lang ng bagong password kapag nagre-restore gamit ang recovery key.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="315"/>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>Dapat nagtatapos sa .zip ang pangalan ng file ng bundle.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="316"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Gumagana ang pagkuha ng ebidensiya habang tumatakbo ang timer; simulan muna ang timer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="317"/>
        <source>The screen image is not a PNG image; nothing was kept.</source>
        <translation>Hindi PNG image ang larawan ng screen; walang naitago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="318"/>
        <source>A client needs a name; nothing was changed.</source>
        <translation>Kailangan ng pangalan ang kliyente; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="319"/>
        <source>Payment terms must be between 0 and 365 days; nothing was changed.</source>
        <translation>Dapat nasa pagitan ng 0 at 365 araw ang payment terms; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="320"/>
        <source>The workweek starts on a day from Monday (0) to Sunday (6).</source>
        <translation>Nagsisimula ang linggo ng trabaho sa isang araw mula Lunes (0) hanggang Linggo (6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="321"/>
        <source>A contract file can only be linked while the contract is marked as on file.</source>
        <translation>Maili-link lang ang file ng kontrata habang nakamarkang nakatago ang kontrata.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="322"/>
        <source>A client needs a name.</source>
        <translation>Kailangan ng pangalan ang kliyente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="323"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Dapat nasa pagitan ng 0 at 365 araw ang payment terms.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="324"/>
        <source>A workday starts between 00:01 and 23:59, or at midnight.</source>
        <translation>Nagsisimula ang araw ng trabaho sa pagitan ng 00:01 at 23:59, o sa hatinggabi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="325"/>
        <source>An engagement needs a name, such as the project or contract; nothing was changed.</source>
        <translation>Kailangan ng pangalan ang engagement, gaya ng proyekto o kontrata; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="326"/>
        <source>A rate must be more than zero; nothing was changed.</source>
        <translation>Dapat higit sa zero ang rate; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="327"/>
        <source>The platform fee is a percentage from 0 to 100; nothing was changed.</source>
        <translation>Porsyento mula 0 hanggang 100 ang fee ng platform; walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="328"/>
        <source>Name the unit of work with one word, such as task or item.</source>
        <translation>Pangalanan ang unit ng trabaho sa isang salita, gaya ng task o item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="329"/>
        <source>The timer would stop before it started, or ran less than a second; check the time.</source>
        <translation>Titigil ang timer bago ito nagsimula, o tumakbo nang wala pang isang segundo; suriin ang oras.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="330"/>
        <source>Say which link to take off: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Sabihin kung aling link ang aalisin: isang kliyente, entry, payment, invoice o incident.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="332"/>
        <source>Evidence needs a name, e.g. contract.pdf.</source>
        <translation>Kailangan ng pangalan ang evidence, hal. contract.pdf.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="333"/>
        <source>Evidence given as bytes needs a name.</source>
        <translation>Kailangan ng pangalan ang evidence na ibinigay bilang bytes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="334"/>
        <source>Say what to link it to: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Sabihin kung saan ito ili-link: isang kliyente, entry, payment, invoice o incident.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="335"/>
        <source>The expense date is in the future; record an expense once you have paid it.</source>
        <translation>Nasa hinaharap ang petsa ng expense; itala ang expense kapag nabayaran mo na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="336"/>
        <source>An expense of zero costs nothing; give the amount you paid.</source>
        <translation>Walang gastos ang expense na zero; ibigay ang halagang ibinayad mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="337"/>
        <source>The client of a deleted expense no longer exists; it cannot be put back.</source>
        <translation>Wala na ang kliyente ng nabura na expense; hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="338"/>
        <source>A generic CSV import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Kailangan ng generic CSV import ang --source NAME: doon naka-save ang column mapping nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="339"/>
        <source>Nothing to change: give a new status, the steps you took, the costs or the time spent.</source>
        <translation>Walang babaguhin: magbigay ng bagong status, ang mga hakbang na ginawa mo, ang mga gastos o ang oras na nagugol.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="341"/>
        <source>Costs need a currency, e.g. USD or EUR.</source>
        <translation>Kailangan ng currency ang mga gastos, hal. USD o EUR.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="342"/>
        <source>Give the time spent in whole minutes.</source>
        <translation>Ibigay ang nagugol na oras sa buong minuto.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="343"/>
        <source>The time spent cannot be negative.</source>
        <translation>Hindi maaaring negatibo ang nagugol na oras.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="344"/>
        <source>Name the company involved (or the client it concerns).</source>
        <translation>Pangalanan ang kumpanyang sangkot (o ang kliyenteng may kinalaman).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="345"/>
        <source>A currency was given without the costs; give the amount too, or no currency.</source>
        <translation>May ibinigay na currency nang walang gastos; ibigay rin ang halaga, o walang currency.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="346"/>
        <source>An invoice covers a period with both ends: FROM..TO.</source>
        <translation>Sumasaklaw ang invoice sa panahong may dalawang dulo: MULA..HANGGANG.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="347"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>Nauuna ang takdang petsa sa pagtatapos ng trabahong sinisingil.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="348"/>
        <source>A payment is linked to this invoice; it cannot move to another client. Nothing was changed.</source>
        <translation>May payment na naka-link sa invoice na ito; hindi ito maililipat sa ibang kliyente. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="350"/>
        <source>A payment is linked to this invoice; edit that payment first. Nothing was deleted.</source>
        <translation>May payment na naka-link sa invoice na ito; i-edit muna ang payment na iyon. Walang binura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="351"/>
        <source>That statement payment is already matched; undo that match first.</source>
        <translation>Naitugma na ang statement payment na iyon; i-undo muna ang pagtutugmang iyon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="352"/>
        <source>That match was changed since; nothing was undone.</source>
        <translation>Nabago na ang pagtutugmang iyon; walang na-undo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="353"/>
        <source>The payment date is in the future; record a payment once it has arrived.</source>
        <translation>Nasa hinaharap ang petsa ng payment; itala ang payment kapag dumating na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="354"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Mas malaki ang bayarin at kaltas kaysa sa halagang ibinayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="355"/>
        <source>This payment is linked to entries of its client; it cannot move to another client. Nothing was changed.</source>
        <translation>Naka-link ang payment na ito sa mga entry ng kliyente nito; hindi ito maililipat sa ibang kliyente. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="357"/>
        <source>Name at least one kind of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Pangalanan ang kahit isang uri ng datos na hinawakan mo, hal. audio recording o chat log.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="358"/>
        <source>Name the tool or system that collected it, e.g. Hubstaff, or &quot;unknown&quot;.</source>
        <translation>Pangalanan ang tool o system na kumolekta nito, hal. Hubstaff, o &quot;unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="359"/>
        <source>The report&apos;s signed data is incomplete.</source>
        <translation>Kulang ang pinirmahang datos ng report.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="360"/>
        <source>A minimum wage must be a positive amount with at most 4 decimal places.</source>
        <translation>Dapat positibong halaga ang minimum wage na may hanggang 4 na decimal place.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="361"/>
        <source>Give the first and last day to share (--from and --to).</source>
        <translation>Ibigay ang una at huling araw na ibabahagi (--from at --to).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="362"/>
        <source>A payments-csv import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Kailangan ng payments-csv import ang --source NAME: doon naka-save ang column mapping nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="363"/>
        <source>No device in that folder opens with this pairing code: check the code (`sync code` shows it on the first computer) and that the folder is the one it syncs. Nothing was changed.</source>
        <translation>Walang device sa folder na iyon na bumubukas sa pairing code na ito: suriin ang code (ipinapakita ito ng `sync code` sa unang computer) at kung ito ang folder na sini-sync nito. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="366"/>
        <source>Say which computer to remove: its name or id, as `sync status` lists them.</source>
        <translation>Sabihin kung aling computer ang aalisin: ang pangalan o id nito, gaya ng paglista ng `sync status`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="367"/>
        <source>Give this computer a short name (up to 60 characters), e.g. &quot;laptop&quot;.</source>
        <translation>Bigyan ang computer na ito ng maikling pangalan (hanggang 60 character), hal. &quot;laptop&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="368"/>
        <source>Choose which version to keep: mine or theirs.</source>
        <translation>Piliin kung aling bersyon ang itatago: mine o theirs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="369"/>
        <source>No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, `sync join FOLDER --code CODE` on the others.</source>
        <translation>Walang naka-set up na sync folder sa computer na ito: `sync setup FOLDER` sa unang computer, `sync join FOLDER --code CODE` sa iba.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="371"/>
        <source>That is not a pairing code: it is 52 letters and digits in groups of four, shown on the first computer by `sync code`.</source>
        <translation>Hindi iyon pairing code: 52 titik at digit ito na nakapangkat nang tig-apat, na ipinapakita ng `sync code` sa unang computer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="373"/>
        <source>This computer already uses a sync folder; `sync status` shows it.</source>
        <translation>Gumagamit na ng sync folder ang computer na ito; ipinapakita ito ng `sync status`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="374"/>
        <source>A trip&apos;s distance is more than zero.</source>
        <translation>Higit sa zero ang distansya ng isang trip.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="375"/>
        <source>The trip date is in the future; record a trip once you have made it.</source>
        <translation>Nasa hinaharap ang petsa ng trip; itala ang trip kapag nagawa mo na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="376"/>
        <source>The client of a deleted trip no longer exists; it cannot be put back.</source>
        <translation>Wala na ang kliyente ng nabura na trip; hindi na ito maibabalik.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="377"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Hindi iyon recovery key: may 32 titik at digit ito na nakapangkat nang tig-apat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="378"/>
        <source>These records were made by a newer version of Contractor Ledger; update the app.</source>
        <translation>Ginawa ang mga talaang ito ng mas bagong bersyon ng Contractor Ledger; i-update ang app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="379"/>
        <source>Your records are open twice here. Close the other one, then try again. Nothing was changed.</source>
        <translation>Dalawang beses na bukas dito ang iyong mga talaan. Isara ang isa, saka subukang muli. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="381"/>
        <source>Your records are open in another window. Close it, then try again. Nothing was changed.</source>
        <translation>Bukas ang iyong mga talaan sa ibang window. Isara ito, saka subukang muli. Walang binago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="390"/>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="391"/>
        <source>contents</source>
        <translation>nilalaman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="392"/>
        <source>cut short</source>
        <translation>putol</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="393"/>
        <source>start of file</source>
        <translation>simula ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="394"/>
        <source>end of file</source>
        <translation>dulo ng file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="395"/>
        <source>extra bytes at the end</source>
        <translation>sobrang byte sa dulo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="396"/>
        <source>key file</source>
        <translation>key file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="397"/>
        <source>key file missing</source>
        <translation>nawawala ang key file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="398"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="399"/>
        <source>database file missing</source>
        <translation>nawawala ang database file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="400"/>
        <source>database structure</source>
        <translation>istruktura ng database</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="401"/>
        <source>truncated file</source>
        <translation>putol na file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="402"/>
        <source>restore journal</source>
        <translation>journal ng pagbabalik</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="403"/>
        <source>It is not readable.</source>
        <translation>Hindi ito mabasa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="404"/>
        <source>Its checksum does not match.</source>
        <translation>Hindi tugma ang checksum nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="405"/>
        <source>It is not a Contractor Ledger backup header.</source>
        <translation>Hindi ito header ng backup ng Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="406"/>
        <source>A field is missing or malformed.</source>
        <translation>May field na nawawala o mali ang anyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="407"/>
        <source>It does not start like a Contractor Ledger backup.</source>
        <translation>Hindi ito nagsisimula gaya ng backup ng Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="408"/>
        <source>The file ends inside its header.</source>
        <translation>Nagtatapos ang file sa loob ng header nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="409"/>
        <source>The file ends early; copying or syncing it may not have finished.</source>
        <translation>Maagang nagtatapos ang file; maaaring hindi pa tapos ang pagkopya o pag-sync nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="410"/>
        <source>Something was added after its last part.</source>
        <translation>May idinagdag pagkatapos ng huling bahagi nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="411"/>
        <source>Its end does not belong to its header.</source>
        <translation>Hindi tugma ang dulo nito sa header nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="412"/>
        <source>Its stated length is impossible.</source>
        <translation>Imposible ang haba na nakasaad dito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="413"/>
        <source>Its key settings are missing or out of range.</source>
        <translation>Nawawala o labas sa saklaw ang mga setting ng key nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="414"/>
        <source>Its list of contents is malformed.</source>
        <translation>Mali ang anyo ng listahan ng nilalaman nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="415"/>
        <source>Its list of contents fails its check.</source>
        <translation>Hindi pumasa sa pagsusuri ang listahan ng nilalaman nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="416"/>
        <source>It fails its check.</source>
        <translation>Hindi ito pumasa sa pagsusuri.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="417"/>
        <source>The database inside differs from the one that was backed up.</source>
        <translation>Iba ang database sa loob nito sa na-back up.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="418"/>
        <source>Its date is not a date.</source>
        <translation>Hindi petsa ang petsa nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="419"/>
        <source>It is far larger than a key file.</source>
        <translation>Mas malaki ito nang husto kaysa sa isang key file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="420"/>
        <source>It is not a readable key file.</source>
        <translation>Hindi ito nababasang key file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="421"/>
        <source>The database is there but its key file is not.</source>
        <translation>Nandiyan ang database pero wala ang key file nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="422"/>
        <source>The key file is there but the database is not.</source>
        <translation>Nandiyan ang key file pero wala ang database.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="423"/>
        <source>Its record of the latest change fails its check.</source>
        <translation>Hindi pumasa sa pagsusuri ang tala nito ng pinakahuling pagbabago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="424"/>
        <source>Its schema version is missing.</source>
        <translation>Nawawala ang bersyon ng schema nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="425"/>
        <source>An upgrade would break links between records.</source>
        <translation>Masisira ng upgrade ang mga link sa pagitan ng mga talaan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="426"/>
        <source>it is a symbolic link; give the answer&apos;s zip or folder itself</source>
        <translation>symbolic link ito; ibigay mismo ang zip o folder ng sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="427"/>
        <source>unreadable</source>
        <translation>hindi mabasa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="429"/>
        <source>Amount</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="430"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="431"/>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="432"/>
        <source>Deductions</source>
        <translation>Mga bawas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="433"/>
        <source>Costs</source>
        <translation>Mga gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="434"/>
        <source>Fixed price</source>
        <translation>Fixed price</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="435"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="436"/>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="437"/>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="438"/>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="439"/>
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="440"/>
        <source>trip</source>
        <translation>trip</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="441"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="442"/>
        <source>data record</source>
        <translation>data record</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="443"/>
        <source> Close it instead if it is over.</source>
        <translation> Isara na lang ito kung tapos na.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="445"/>
        <source>client</source>
        <translation>kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="446"/>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="447"/>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="448"/>
        <source>The address</source>
        <translation>Ang address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="449"/>
        <source>The contact</source>
        <translation>Ang contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="450"/>
        <source>The engagement&apos;s name</source>
        <translation>Ang pangalan ng engagement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="451"/>
        <source>The legal name</source>
        <translation>Ang legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="452"/>
        <source>The name</source>
        <translation>Ang pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="453"/>
        <source>The note</source>
        <translation>Ang note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="454"/>
        <source>Your id on the platform</source>
        <translation>Ang iyong id sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="455"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="456"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="457"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="458"/>
        <source>Trip</source>
        <translation>Trip</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="459"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="461"/>
        <source>not writable</source>
        <translation>hindi masusulatan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="463"/>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="464"/>
        <source>access-request</source>
        <translation>access request</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="465"/>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="467"/>
        <source>handled</source>
        <translation>hinawakan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="468"/>
        <source>collected</source>
        <translation>kinolekta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="469"/>
        <source>A data category</source>
        <translation>Isang kategorya ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="470"/>
        <source>A kind of data</source>
        <translation>Isang uri ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="471"/>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="472"/>
        <source>How it was sent</source>
        <translation>Paano ipinadala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="473"/>
        <source>Monitoring type</source>
        <translation>Uri ng pagmamanman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="474"/>
        <source>Sensitivity</source>
        <translation>Pagkasensitibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="475"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="476"/>
        <source>The company&apos;s name</source>
        <translation>Ang pangalan ng kumpanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="477"/>
        <source>The data involved</source>
        <translation>Ang mga datos na sangkot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="478"/>
        <source>The kind of incident</source>
        <translation>Ang uri ng incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="479"/>
        <source>The law</source>
        <translation>Ang batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="480"/>
        <source>The reason given</source>
        <translation>Ang ibinigay na dahilan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="481"/>
        <source>The steps taken</source>
        <translation>Ang mga hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="482"/>
        <source>The tool</source>
        <translation>Ang tool</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="483"/>
        <source>What was missing</source>
        <translation>Ang kulang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="484"/>
        <source>What you were told about retention</source>
        <translation>Ang sinabi sa iyo tungkol sa pagtatago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="485"/>
        <source>Whose data</source>
        <translation>Kanino ang datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="487"/>
        <source>part {number} of {count}</source>
        <translation>bahagi {number} ng {count}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="488"/>
        <source>evidence #{id}</source>
        <translation>evidence #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="489"/>
        <source>data record #{id}</source>
        <translation>data record #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="490"/>
        <source>invoice {number}</source>
        <translation>invoice {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="491"/>
        <source>payment #{id}</source>
        <translation>payment #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="492"/>
        <source>incident #{id}</source>
        <translation>incident #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="493"/>
        <source>{name!r} no longer matches the SHA-256 fingerprint taken when it was added; nothing was written. Run `verify`.</source>
        <translation>Hindi na tugma ang {name!r} sa SHA-256 fingerprint na kinuha nang idagdag ito; walang naisulat. Patakbuhin ang `verify`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="495"/>
        <source>Its checksum does not match (or it was made by a newer version of Contractor Ledger).</source>
        <translation>Hindi tugma ang checksum nito (o ginawa ito ng mas bagong bersyon ng Contractor Ledger).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="497"/>
        <source>it holds more than {most:,} entries</source>
        <translation>may higit sa {most:,} entry ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="498"/>
        <source>it holds more than {most:,} files</source>
        <translation>may higit sa {most:,} file ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="499"/>
        <source>{entry!r} is a symbolic link</source>
        <translation>symbolic link ang {entry!r}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="500"/>
        <source>{entry!r} is encrypted; ask for the answer without a password</source>
        <translation>naka-encrypt ang {entry!r}; hingin ang sagot nang walang password</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="501"/>
        <source>{entry!r} is not a regular file</source>
        <translation>hindi karaniwang file ang {entry!r}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="502"/>
        <source>{entry!r} is larger than {mb} MB</source>
        <translation>mas malaki sa {mb} MB ang {entry!r}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="503"/>
        <source>its files come to more than {mb} MB</source>
        <translation>higit sa {mb} MB ang kabuuan ng mga file nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="504"/>
        <source>the entry {entry!r} points outside the archive</source>
        <translation>tumuturo sa labas ng archive ang entry na {entry!r}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="505"/>
        <source>it nests elements more than {most} deep</source>
        <translation>may mga elementong nakapaloob nang higit sa {most} antas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="506"/>
        <source>it has more than {most:,} track points</source>
        <translation>may higit sa {most:,} track point ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="507"/>
        <source>a track point has a coordinate that is not a number ({value!r})</source>
        <translation>may track point na may coordinate na hindi numero ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="508"/>
        <source>a track point&apos;s coordinate {number} is out of range</source>
        <translation>lampas sa saklaw ang coordinate na {number} ng isang track point</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="509"/>
        <source>a track point&apos;s time is not a date and time ({value!r})</source>
        <translation>hindi petsa at oras ang oras ng isang track point ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="510"/>
        <source>it is not a GPX file (its root element is not &lt;gpx&gt;)</source>
        <translation>hindi ito GPX file (hindi &lt;gpx&gt; ang root element nito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="511"/>
        <source>it declares a DOCTYPE, which a GPX file never needs</source>
        <translation>nagdedeklara ito ng DOCTYPE, na hindi kailanman kailangan ng GPX file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="512"/>
        <source>it declares entities</source>
        <translation>nagdedeklara ito ng mga entity</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="513"/>
        <source>it declares notations</source>
        <translation>nagdedeklara ito ng mga notation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="514"/>
        <source>it refers to an external entity</source>
        <translation>tumutukoy ito sa isang external entity</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="516"/>
        <source>device {device}: its hello file is still arriving</source>
        <translation>device {device}: dumarating pa ang hello file nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="517"/>
        <source>files of device {device} ({why}): it is not paired with this computer</source>
        <translation>mga file ng device {device} ({why}): hindi ito nakapares sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="518"/>
        <source>{device}&apos;s file {number} is still arriving; it is read once whole</source>
        <translation>dumarating pa ang file {number} ng {device}; babasahin ito kapag buo na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="519"/>
        <source>{device}&apos;s file {number}: {why}. Its later files wait behind it.</source>
        <translation>file {number} ng {device}: {why}. Naghihintay sa likod nito ang mga sumunod na file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="520"/>
        <source>{device} removed this computer from the sync folder: it no longer reads this computer&apos;s files. Set up syncing again to pair.</source>
        <translation>Inalis ng {device} ang computer na ito sa sync folder: hindi na nito binabasa ang mga file ng computer na ito. I-set up muli ang pag-sync para magpares.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="522"/>
        <source>it holds records of a kind this version does not know ({kind}); update the app on this computer</source>
        <translation>may laman itong mga record na hindi kilala ng bersyong ito ({kind}); i-update ang app sa computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="524"/>
        <source>a change refers to a {entity} record this computer has not received</source>
        <translation>may pagbabagong tumutukoy sa isang {entity} record na hindi pa natatanggap ng computer na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="525"/>
        <source>a change is malformed ({error})</source>
        <translation>may pagbabagong mali ang anyo ({error})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="526"/>
        <source>not a sync file of this app</source>
        <translation>hindi ito sync file ng app na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="527"/>
        <source>longer than its header says</source>
        <translation>mas mahaba kaysa sa sinasabi ng header nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="528"/>
        <source>it does not open with this folder&apos;s sync key (a device not paired, or a damaged file)</source>
        <translation>hindi ito nabubuksan ng sync key ng folder na ito (device na hindi nakapares, o sirang file)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="530"/>
        <source>its content is not readable</source>
        <translation>hindi mabasa ang laman nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="531"/>
        <source>its signature is not that of the device it names</source>
        <translation>hindi sa device na pinangangalanan nito ang pirma nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="532"/>
        <source>its hello file names another device</source>
        <translation>ibang device ang pinangangalanan ng hello file nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="533"/>
        <source>it names another device or number</source>
        <translation>ibang device o numero ang pinangangalanan nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="534"/>
        <source>its changes are not a list</source>
        <translation>hindi listahan ang mga pagbabago nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="535"/>
        <source>a change is malformed</source>
        <translation>may pagbabagong mali ang anyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="387"/>
        <source>page {number}</source>
        <translation>pahina {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="388"/>
        <source>damaged: {what}</source>
        <translation>sira: {what}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="389"/>
        <source>{problem} ({count} problem(s) in all).</source>
        <translation>{problem} ({count} problema lahat).</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="30"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (nabasa noong {read} sa isang pangalawang sanggunian; kumpirmahin pa sa {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="31"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (nabasa sa isang kopya sa {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="32"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="33"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} noong {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="34"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>nagsisimula ang mga araw ng trabaho nang {start} {zone} (ang zone mo: hindi alam ang sa batas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="35"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} kada araw{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="36"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} kada linggo{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="37"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} kada buwan{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="38"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>Ang minimum na sahod dito ay nasa {target} at binabayaran ka sa {base}: hindi maikukumpara ang {span} nang walang exchange rate mula sa sarili mong mga record (hindi kumukuha nito ang app na ito mula sa network). Para makumpara, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="41"/>
        <source>workdays in your zone</source>
        <translation>mga araw ng trabaho sa zone mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="42"/>
        <source>workdays start at {start} {zone}</source>
        <translation>nagsisimula ang mga araw ng trabaho nang {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="43"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="44"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Mga oras na tinrabaho mula {start} hanggang {end}, ayon sa mga araw ng sarili mong zone: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="45"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Straight time: ang trabaho ng bawat araw ayon sa mga termino na may bisa sa araw na iyon (kada oras: rate x oras; kada unit: rate x units, sa araw na nagsimula ang entry; isang fixed price nang isang beses, sa araw ng unang trabaho sa engagement), ni-round sa sentimo araw-araw.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="48"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Kinita = straight time + mga bonus at adjustment + overtime premium (utang lamang sa mga empleyado).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="50"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, at lampas {daily} h sa isang araw ng trabaho ({double} h: doble)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="51"/>
        <source>an estimate only: you are a contractor</source>
        <translation>tantiya lamang: kontratista ka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="52"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x ang regular rate para sa mga oras na lampas {weekly} sa workweek{daily}{seventh} ({status}). Tinatasa nang buo ang bawat workweek, sa mga araw ng batas ({where}), at binibilang nang isang beses, sa period na may huling araw nito. Ang premium ang idinadagdag ng overtime sa straight time na nabilang na: (multiplier - 1) x regular rate x oras; ang regular rate ay ang straight time ng linggo kasama ang mga bonus, hinati sa lahat ng oras nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="58"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>bawat oras nang hiwalay: ang bayad ng isang entry ay para lamang sa mga oras ng entry na iyon, at ang oras na walang bayad ay kulang ng buong minimum na sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="60"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>kada workweek: ang napagkasunduang bayad ng linggo (kasama ang mga bonus at adjustment) laban sa mga oras nito sa minimum na sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="62"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Kontratista ka: ang minimum na sahod ay batayan lamang, karapatan lamang kung mali ang pagkaka-classify sa iyo. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="64"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Hinuhusgahan batay sa ibinabayad ng napagkasunduang mga termino para sa mga oras (ang mga oras sa mga category na walang bayad ay bilang na walang bayad), hindi kailanman sa perang natanggap: ang perang hindi pa natatanggap ay utang, hindi kulang na bayad. Minimum na sahod {wage}/h{stated} ({jurisdiction}, mula {since}); pagsubok: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="68"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Kakulangan sa period = ang kabuuan ng mga kakulangan ng mga workweek nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="69"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Minarkahan mo ang client na ito bilang app-based: ang {name} ({citation}) ay nagtatakda ng {amount} kada {unit} para sa {applies_to}, mula {since}, anuman ang classification mo. Hinuhusgahan kada workweek: ang mga oras na naitala sa floor laban sa ibinabayad ng napagkasunduang mga termino para sa mga ito, kasama ang mga bonus at adjustment na may petsa sa linggo (hindi bayad ang tip sa ilalim ng mga batas na ito).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="73"/>
        <source>the workweek ending {end}</source>
        <translation>ang workweek na nagtatapos sa {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="74"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} workweek na nagtatapos mula {first} hanggang {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="75"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Ang mga halagang inilaan sa mga entry ay bilang sa araw ng entry; ang natitira sa isang bayad ay bilang kapag nagtapos sa period na ito ang period na sakop nito (sa araw na dumating ito, kung walang naitalang period). Balanse = kinita - naibayad: perang utang pa sa iyo (late kung lampas na sa due date nito).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="79"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="80"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Empleyado ka: ang mga oras sa mga category na tinatawag ng mga termino na walang bayad ay oras pa ring tinrabaho at binabayaran, sa napagkasunduang rate kada oras (o sa minimum na sahod kung kada unit ang mga termino).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="83"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Idinadagdag ang mga bonus at adjustment na may petsa sa period.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="84"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Walang alam na patakaran sa overtime para sa jurisdiction ng client na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="85"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Workweek {start} hanggang {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h sa {multiplier}x at {double} h sa 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="88"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>Ang minimum na sahod ay nasa {wage_currency} at binabayaran ka sa {currency}: kino-convert ito ng bawat workweek sa pinakabagong rate sa sarili mong mga record sa o bago ang huling araw ng linggo (rate na itinala mo o ipinakita ng isang statement; kung wala, ang sa isang na-convert na bayad), hindi kailanman mula sa network. Ang minimum kada oras sa rate na iyon ang minimum sa currency ng bayad mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="93"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>kabuuan ng sariling kakulangan ng bawat araw ng bawat entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="94"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, hindi bababa sa zero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="95"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (minimum {wage}/h sa {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="96"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Workweek {start} hanggang {end}: {hours} h sa minimum na sahod{converted} = {required}; nagbabayad ang mga termino ng {pay}; kulang ng {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="98"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Workweek {start} hanggang {end}: {hours} h x {floor} = {required}; nagbabayad ang mga termino ng {pay}; kulang ng {shortfall} ({required} - {pay}, hindi bababa sa zero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="100"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>itala ang rate kung saan ka binayaran: {command} (o anumang araw bago nito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="101"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Walang minimum na sahod na umiiral: walang alam para sa lugar ng client na ito, walang naitalang mga termino ng bayad, o walang workweek na nagtatapos sa period na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="103"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; pati ang ika-7 magkakasunod na araw ng workweek</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="107"/>
        <source>owed: you are an employee</source>
        <translation>utang: empleyado ka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="108"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="109"/>
        <source>hours worked</source>
        <translation>mga oras na tinrabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="110"/>
        <source>hours the terms pay for</source>
        <translation>mga oras na binabayaran ng mga termino</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="111"/>
        <source>straight time</source>
        <translation>straight time</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="112"/>
        <source>bonuses and adjustments</source>
        <translation>mga bonus at adjustment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="113"/>
        <source>overtime premium owed</source>
        <translation>utang na overtime premium</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="114"/>
        <source>earned</source>
        <translation>kinita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="115"/>
        <source>shortfall</source>
        <translation>kakulangan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="116"/>
        <source>paid</source>
        <translation>naibayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="117"/>
        <source>balance</source>
        <translation>balanse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="118"/>
        <source>hours</source>
        <translation>oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="119"/>
        <source>regular rate</source>
        <translation>regular rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="120"/>
        <source>overtime hours</source>
        <translation>mga oras ng overtime</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="121"/>
        <source>double-time hours</source>
        <translation>mga oras na doble</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="122"/>
        <source>premium</source>
        <translation>premium</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="123"/>
        <source>rate</source>
        <translation>exchange rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="124"/>
        <source>minimum per hour</source>
        <translation>minimum kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="125"/>
        <source>required</source>
        <translation>kailangan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="126"/>
        <source>agreed pay</source>
        <translation>napagkasunduang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="127"/>
        <source>productive</source>
        <translation>produktibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="128"/>
        <source>training</source>
        <translation>pagsasanay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="129"/>
        <source>onboarding</source>
        <translation>onboarding</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="130"/>
        <source>assessment</source>
        <translation>pagsusulit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="131"/>
        <source>waiting</source>
        <translation>paghihintay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="132"/>
        <source>rework</source>
        <translation>pag-uulit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="133"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="134"/>
        <source>travel</source>
        <translation>biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="135"/>
        <source>your record</source>
        <translation>record mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="136"/>
        <source>hour</source>
        <translation>oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="144"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>mga app-based na delivery worker ng restawran, kada oras ng aktibong oras, bago ang tip</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="145"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>mga app-based worker, kada oras ng engaged time (0.44 kada minuto; dagdag na 0.74 kada engaged mile at hindi bababa sa 5.00 kada offer, hindi minodelo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="147"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>mga app-based worker, kada oras ng engaged time (0.45 kada minuto; dagdag na 0.77 kada engaged mile at hindi bababa sa 5.20 kada offer, hindi minodelo)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Tantiya lamang ang mga legal na numero — hindi legal na payo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <source>Pay summary</source>
        <translation>Buod ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para suriin ang iyong bayad, o ipakita sa kliyente ang iyong oras, kita at bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Claim packet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para sa wage claim o abogado: ang utang sa iyo, kasama ang mga entry at ebidensya sa likod nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <source>Privacy report</source>
        <translation>Privacy report</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Ang data na sangkot sa iyong trabaho at ang kinolekta ng mga platform tungkol sa iyo, kasama ang mga insidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Data access request</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Liham na humihingi sa kliyente ng kopya ng personal na data nila tungkol sa iyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Follow-up sa data access request</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Liham para sa data access request na hindi nasagot pagkalipas ng deadline, o kulang ang sagot.</translation>
    </message>
</context>
</TS>
