<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="26"/>
        <source>Your records were restored from the backup of %1.</source>
        <translation>Vos registres ont été restaurés depuis la sauvegarde du %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="28"/>
        <source>Your records as they were are kept in %1 for %2 days.</source>
        <translation>Vos registres tels qu&apos;ils étaient sont conservés dans %1 pendant %2 jours.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="31"/>
        <source>Unlock with your new password.</source>
        <translation>Déverrouillez avec votre nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="32"/>
        <source>Unlock with the password you had on the day of the backup.</source>
        <translation>Déverrouillez avec le mot de passe que vous aviez le jour de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="35"/>
        <source>The restore did not finish: %1</source>
        <translation>La restauration n&apos;a pas abouti : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="47"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="48"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="49"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="50"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/list_model.py" line="42"/>
        <source>no pay terms yet</source>
        <translation>pas encore de conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="36"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="39"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="41"/>
        <source>Pay</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="42"/>
        <source>Not paid for</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="43"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="40"/>
        <source>These terms apply to work done today.</source>
        <translation>Ces conditions s&apos;appliquent au travail fait aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="78"/>
        <source>no pay terms yet: add them with New pay terms</source>
        <translation>pas encore de conditions de paie : ajoutez-les avec Nouvelles conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="74"/>
        <source>%1 (in force)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="34"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="287"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="316"/>
        <source>%1 per hour</source>
        <translation>%1 de l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="37"/>
        <source>%1 fixed price</source>
        <translation>prix fixe de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="43"/>
        <source>a fixed price for the whole engagement</source>
        <translation>un prix fixe pour toute la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="45"/>
        <source>every category is paid</source>
        <translation>toutes les catégories sont payées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="52"/>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Contractor (freelancer)</source>
        <translation>Indépendant (freelance)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="73"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Pourquoi c&apos;est important : la loi garantit aux salariés le salaire minimum et les heures supplémentaires ; souvent pas aux indépendants. Le contrat est un point de départ ; la façon dont vous êtes traité compte aussi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="185"/>
        <source>Hours and pay per week</source>
        <translation>Heures et paie par semaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="196"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="210"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="202"/>
        <source>Earned (%1)</source>
        <translation>Gagné (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="204"/>
        <source>Paid (%1)</source>
        <translation>Payé (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="212"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="245"/>
        <source>%1 in %2 entries</source>
        <translation>%1 en %2 entrées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="246"/>
        <source>Earned %1, paid %2</source>
        <translation>Gagné %1, payé %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="263"/>
        <source>Pay per hour at your terms against the minimum wage</source>
        <translation>Paie horaire selon vos conditions face au salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="274"/>
        <source>Pay per hour at your terms</source>
        <translation>Paie horaire selon vos conditions</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="276"/>
        <source>Minimum wage (estimate)</source>
        <translation>Salaire minimum (estimation)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="313"/>
        <source>Earned %1 for %2 worked</source>
        <translation>%1 gagnés pour %2 travaillées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="318"/>
        <source>Minimum wage %1 per hour (estimate — not legal advice)</source>
        <translation>Salaire minimum %1 de l&apos;heure (estimation — pas un avis juridique)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="327"/>
        <source>Paid and owed per client, all time</source>
        <translation>Payé et dû par client, depuis le début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="337"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <location filename="../../contractor_app/gui/pay/text.py" line="88"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="338"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="371"/>
        <source>%1
Earned %2, paid %3, owed %4</source>
        <translation>%1
Gagné %2, payé %3, dû %4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="37"/>
        <source>Something unexpected stopped this action ({name}). Your records are safe: every change is saved whole or not at all. Try again; if it happens again, please report it.</source>
        <translation>Un imprévu a interrompu cette action ({name}). Vos registres sont en sécurité : chaque modification est enregistrée en entier ou pas du tout. Réessayez ; si cela se reproduit, merci de le signaler.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="48"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="51"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="62"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Duration</source>
        <translation>Durée</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="145"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="102"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="105"/>
        <source>Type a time like 09:30.</source>
        <translation>Saisissez une heure comme 09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="118"/>
        <source>Type a date like 2026-11-26.</source>
        <translation>Saisissez une date comme 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="132"/>
        <source>The entry would start after it ends; change the end first.</source>
        <translation>L&apos;entrée commencerait après sa fin ; modifiez d&apos;abord la fin.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="148"/>
        <source>This column cannot be edited.</source>
        <translation>Cette colonne ne peut pas être modifiée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Data breach</source>
        <translation>Violation de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Entry #%1</source>
        <translation>Entrée n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Payment #%1</source>
        <translation>Paiement n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Invoice #%1</source>
        <translation>Facture n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Incident #%1</source>
        <translation>Incident n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Data record #%1</source>
        <translation>Fiche de données n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="56"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="57"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Ce que vous avez saisi dans ce formulaire n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="58"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="59"/>
        <source>Keep editing</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="29"/>
        <location filename="../../contractor_app/gui/formatting.py" line="161"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="49"/>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="51"/>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="52"/>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="129"/>
        <source>%1 today</source>
        <translation>%1 aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="131"/>
        <source>%1 yesterday</source>
        <translation>%1 hier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="132"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Productive</source>
        <translation>Productif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Onboarding</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Rework</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Admin</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="139"/>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>overlap</source>
        <translation>chevauchement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="153"/>
        <source>changed on two computers</source>
        <translation>modifiée sur deux ordinateurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/formatting.py" line="160"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="299"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="34"/>
        <source>Edit payment</source>
        <translation>Modifier le paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="46"/>
        <source>Delete payment</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="52"/>
        <source>Record payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="61"/>
        <source>Edit invoice</source>
        <translation>Modifier la facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="74"/>
        <source>Delete invoice</source>
        <translation>Supprimer la facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="95"/>
        <source>Add invoice</source>
        <translation>Ajouter une facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Transfer fee</source>
        <translation>Frais de virement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="63"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="64"/>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="69"/>
        <source>Evidence #%1</source>
        <translation>Preuve n° %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="268"/>
        <source>Delete expense</source>
        <translation>Supprimer la dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="177"/>
        <source>Add expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="78"/>
        <source>Edit expense</source>
        <translation>Modifier la dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Every hour worked, unpaid categories included</source>
        <translation>Chaque heure travaillée, catégories non payées comprises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>What the work earned under your terms, with bonuses and adjustments</source>
        <translation>Ce que le travail a rapporté selon vos conditions, primes et ajustements compris</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <source>Payments counted in this period: by the period they cover, else by the day they arrived</source>
        <translation>Paiements comptés sur cette période : selon la période qu&apos;ils couvrent, sinon selon leur date d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Earned minus paid</source>
        <translation>Gagné moins payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid per hour</source>
        <translation>Payé par heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid divided by ALL hours worked, unpaid time included</source>
        <translation>Payé divisé par TOUTES les heures travaillées, temps non payé compris</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Minimum wage</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Net per hour</source>
        <translation>Net par heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Paid less what the work cost you (fees, expenses, distance), divided by ALL hours worked</source>
        <translation>Payé moins ce que le travail vous a coûté (frais, dépenses, distance), divisé par TOUTES les heures travaillées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="130"/>
        <source>All clients (%1)</source>
        <translation>Tous les clients (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/models.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="141"/>
        <source>Exchange rate needed</source>
        <translation>Taux de change nécessaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="142"/>
        <source>The minimum wage here is in %1 and this client pays in %2: to compare them, %3.</source>
        <translation>Le salaire minimum ici est en %1 et ce client paie en %2 : pour les comparer, %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="146"/>
        <source>No minimum wage known</source>
        <translation>Aucun salaire minimum connu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="147"/>
        <source>No minimum wage is known for this client&apos;s place in its currency. Set the client&apos;s jurisdiction in Clients.</source>
        <translation>Aucun salaire minimum n&apos;est connu pour le lieu de ce client dans sa devise. Indiquez la juridiction du client dans Clients.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="150"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="179"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="199"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="151"/>
        <source>%1, from %2. Source: %3</source>
        <translation>%1, depuis le %2. Source : %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="154"/>
        <source>%1/h (%2/h)</source>
        <translation>%1/h (%2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="157"/>
        <source>Converted at %1.</source>
        <translation>Converti au taux de %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="161"/>
        <source>The agreed terms pay %1 for hours that come to %2 at the minimum wage: %3 short (%4).</source>
        <translation>Les conditions convenues paient %1 pour des heures qui valent %2 au salaire minimum : il manque %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="165"/>
        <source>At or above minimum wage</source>
        <translation>Au salaire minimum ou plus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="168"/>
        <source>Below the app-based pay floor</source>
        <translation>Sous le plancher de paie des plateformes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="169"/>
        <source>%1 sets %2 an hour for app-based work: the agreed terms pay %3 for hours that come to %4 at it, %5 short (%6).</source>
        <translation>%1 fixe %2 de l&apos;heure pour le travail via plateforme : les conditions convenues paient %3 pour des heures qui valent %4 à ce taux, il manque %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="180"/>
        <source>%1 paid ÷ %2 worked</source>
        <translation>%1 payé ÷ %2 travaillées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="192"/>
        <source>(%1 paid − %2 costs) ÷ %3 worked. Costs: fees %4, expenses %5, distance %6</source>
        <translation>(%1 payé − %2 de coûts) ÷ %3 travaillées. Coûts : frais %4, dépenses %5, distance %6</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="197"/>
        <source>Not subtracted, in other currencies: %1</source>
        <translation>Non déduits, dans d&apos;autres devises : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Gross: before fees</source>
        <translation>Brut : avant frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Fees and deductions</source>
        <translation>Frais et retenues</translation>
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
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Pays for</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="66"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="225"/>
        <source>Fees %1, deductions %2</source>
        <translation>Frais %1, retenues %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="228"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="102"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="258"/>
        <source>Last payment %1</source>
        <translation>Dernier paiement %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="259"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>Work done</source>
        <translation>Travail fait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Deadline from</source>
        <translation>Délai selon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="278"/>
        <source>Possible damages</source>
        <translation>Dommages possibles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>the invoice</source>
        <translation>la facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>your contract</source>
        <translation>votre contrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="295"/>
        <source>The work it pays for was finished on this day</source>
        <translation>Le travail qu&apos;il paie s&apos;est terminé ce jour-là</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="297"/>
        <source>not paid yet</source>
        <translation>pas encore payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="22"/>
        <source>estimate — not legal advice</source>
        <translation>estimation — pas un avis juridique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="27"/>
        <source>Agreed pay below minimum wage — estimate, not legal advice</source>
        <translation>Paie convenue sous le salaire minimum — estimation, pas un avis juridique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Platform payout</source>
        <translation>Versement de la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="87"/>
        <source>Paid %n days late</source>
        <translation>
            <numerusform>Payé avec %n jour de retard</numerusform>
            <numerusform>Payé avec %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="90"/>
        <source>Overdue: %n days late</source>
        <translation>
            <numerusform>En retard : %n jour</numerusform>
            <numerusform>En retard : %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="92"/>
        <source>Part paid</source>
        <translation>Payé en partie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="93"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="99"/>
        <source>No due date: none on the invoice, no payment terms, and no law known for this place.</source>
        <translation>Pas d&apos;échéance : aucune sur la facture, aucune condition de paiement, et aucune loi connue pour ce lieu.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="101"/>
        <source>Due date written on the invoice.</source>
        <translation>Échéance inscrite sur la facture.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="103"/>
        <source>Due date from the payment terms agreed with this client.</source>
        <translation>Échéance selon les conditions de paiement convenues avec ce client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="104"/>
        <source>Deadline from %1 (%2).</source>
        <translation>Délai selon %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="39"/>
        <source>Match payment to %1</source>
        <translation>Associer le paiement à %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="64"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="65"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="67"/>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="68"/>
        <source>Why not matched</source>
        <translation>Pourquoi non associé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="80"/>
        <source>Imported payments to match</source>
        <translation>Paiements importés à associer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="82"/>
        <source>Client to match the payment to</source>
        <translation>Client auquel associer le paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="83"/>
        <source>Match to client</source>
        <translation>Associer au client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="86"/>
        <source>Nothing to match. Payments imported from a statement whose payer is not one of your clients wait here.</source>
        <translation>Rien à associer. Les paiements importés d&apos;un relevé dont le payeur n&apos;est pas l&apos;un de vos clients attendent ici.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="89"/>
        <source>Client:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="123"/>
        <source>Select a payment and the client it is from.</source>
        <translation>Sélectionnez un paiement et le client dont il provient.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="129"/>
        <source>Matched to %1; its payer will be recognised next time. Undo with Ctrl+Z.</source>
        <translation>Associé à %1 ; son payeur sera reconnu la prochaine fois. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>California</source>
        <translation>Californie</translation>
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
        <translation>État de New York</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York City</source>
        <translation>Ville de New York</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>Washington State</source>
        <translation>État de Washington</translation>
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
        <translation>« %1 » peut être %2. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="82"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="50"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="63"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="78"/>
        <location filename="../../contractor_app/gui/undo.py" line="99"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>data record</source>
        <translation>fiche de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Low: nothing about a person</source>
        <translation>Faible : rien sur une personne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Medium: names, contact details</source>
        <translation>Moyenne : noms, coordonnées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="24"/>
        <source>High: IDs, money, private messages</source>
        <translation>Élevée : pièces d&apos;identité, argent, messages privés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="25"/>
        <source>Special category: health, biometrics, beliefs, sex life</source>
        <translation>Catégorie particulière : santé, biométrie, convictions, vie sexuelle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screen recording</source>
        <translation>Enregistrement d&apos;écran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screenshots</source>
        <translation>Captures d&apos;écran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Voice recording</source>
        <translation>Enregistrement vocal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Keystrokes or activity</source>
        <translation>Frappes ou activité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>ID document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>Biometrics (face, fingerprint)</source>
        <translation>Biométrie (visage, empreinte)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Given in writing</source>
        <translation>Donné par écrit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Clicked through</source>
        <translation>Accepté d&apos;un clic</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="81"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="83"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="57"/>
        <source>No consent was given: worth raising in a data-access request.</source>
        <translation>Aucun consentement n&apos;a été donné : à soulever dans une demande d&apos;accès aux données.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="64"/>
        <source>Kinds of data</source>
        <translation>Types de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="65"/>
        <source>Whose data</source>
        <translation>Données de qui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="66"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="68"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="80"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="76"/>
        <source>What was collected</source>
        <translation>Ce qui a été collecté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="77"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="78"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>Retention you were told</source>
        <translation>Conservation annoncée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>not told</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="93"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="94"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="96"/>
        <source>Notice received</source>
        <translation>Avis reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="97"/>
        <source>When it happened</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="98"/>
        <source>Data involved</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="99"/>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="100"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="101"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="29"/>
        <source>This is the recovery key of your Contractor Ledger records.</source>
        <translation>Voici la clé de récupération de vos registres Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="30"/>
        <source>If you forget your password, it lets you open your records and choose a new password.</source>
        <translation>Si vous oubliez votre mot de passe, elle permet d&apos;ouvrir vos registres et d&apos;en choisir un nouveau.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="31"/>
        <source>If you lose both your password and this key, nobody can open your records.</source>
        <translation>Si vous perdez à la fois votre mot de passe et cette clé, personne ne pourra ouvrir vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="32"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone with it can open your records.</source>
        <translation>Rangez cette page en lieu sûr, loin de l&apos;ordinateur. Quiconque l&apos;a peut ouvrir vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="34"/>
        <source>Records folder: %1</source>
        <translation>Dossier des registres : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="35"/>
        <source>Made on: %1</source>
        <translation>Établi le : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="37"/>
        <source>Contractor Ledger: recovery key</source>
        <translation>Contractor Ledger : clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>your details</source>
        <translation>vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the client&apos;s details</source>
        <translation>les coordonnées du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the pay figures</source>
        <translation>les chiffres de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the work entries</source>
        <translation>les entrées de travail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the payments</source>
        <translation>les paiements</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the evidence list</source>
        <translation>la liste des preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the edit history</source>
        <translation>l&apos;historique des modifications</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the data records and incidents</source>
        <translation>les fiches de données et incidents</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="46"/>
        <source>Not made from your records. The file is untouched, but it was made from someone else&apos;s records (key %1), so it cannot be checked against yours.</source>
        <translation>Pas établi à partir de vos registres. Le fichier est intact, mais il vient des registres de quelqu&apos;un d&apos;autre (clé %1) et ne peut donc pas être vérifié avec les vôtres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="52"/>
        <source>Untouched, but your records changed since it was made: %1 are different now. Make a new report to show your records as they are.</source>
        <translation>Intact, mais vos registres ont changé depuis : %1 sont différents maintenant. Établissez un nouveau rapport pour montrer vos registres tels qu&apos;ils sont.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="57"/>
        <source>Later changes to your records (%1) did not touch it.</source>
        <translation>Les modifications ultérieures de vos registres (%1) ne l&apos;ont pas touché.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="58"/>
        <source>Valid: this is the report as it was made, not a byte changed, and it still matches your records.</source>
        <translation>Valide : c&apos;est le rapport tel qu&apos;il a été établi, pas un octet modifié, et il correspond toujours à vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="64"/>
        <source>Altered: this file is not the report as it was made. Do not rely on it; ask for the original, or make a new report.</source>
        <translation>Modifié : ce fichier n&apos;est pas le rapport tel qu&apos;il a été établi. Ne vous y fiez pas ; demandez l&apos;original ou établissez un nouveau rapport.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="67"/>
        <source>This file could not be checked: %1</source>
        <translation>Ce fichier n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="73"/>
        <source>everything recorded</source>
        <translation>tout ce qui est enregistré</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entries</source>
        <translation>Supprimer les entrées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="141"/>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="59"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="64"/>
        <source>not priced</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="65"/>
        <source>No official rate is known for your country on that day.</source>
        <translation>Aucun tarif officiel n&apos;est connu pour votre pays à cette date.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="204"/>
        <source>Delete trip</source>
        <translation>Supprimer le trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="119"/>
        <source>Add trip</source>
        <translation>Ajouter un trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/commands.py" line="14"/>
        <source>Unlink evidence</source>
        <translation>Délier la preuve</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="27"/>
        <source>About Contractor Ledger</source>
        <translation>À propos de Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="31"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="32"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="35"/>
        <source>A worker&apos;s own encrypted record of work, pay and data.</source>
        <translation>Le registre chiffré du travailleur lui-même : travail, paie et données.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="36"/>
        <source>Contractor Ledger makes no network connections: your records never leave this computer unless you export or back them up.</source>
        <translation>Contractor Ledger n&apos;établit aucune connexion réseau : vos registres ne quittent jamais cet ordinateur, sauf si vous les exportez ou les sauvegardez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="39"/>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): {url}</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure ({licence}) : {url}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="41"/>
        <source>Built with Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab and PDFium. Reports use the DejaVu fonts (Bitstream Vera and public-domain changes).</source>
        <translation>Construit avec Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab et PDFium. Les rapports utilisent les polices DejaVu (Bitstream Vera et modifications dans le domaine public).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="44"/>
        <source>Icons from Lucide (ISC licence).</source>
        <translation>Icônes de Lucide (licence ISC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="48"/>
        <source>Not yet reviewed by a native speaker: the translations into {languages}. Corrections are welcome.</source>
        <translation>Pas encore relues par un locuteur natif : les traductions en {languages}. Les corrections sont les bienvenues.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="235"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="236"/>
        <source>Reports show your name; times are shown in your zone, amounts in your currency.</source>
        <translation>Les rapports indiquent votre nom ; les heures sont dans votre fuseau, les montants dans votre devise.</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="52"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="53"/>
        <source>As reports should show it (optional)</source>
        <translation>Tel que les rapports doivent l&apos;afficher (facultatif)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="63"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="65"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="67"/>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="68"/>
        <source>Where you work: a country, state or city, e.g. California</source>
        <translation>Où vous travaillez : un pays, un État ou une ville, p. ex. Californie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="76"/>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="77"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="78"/>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="79"/>
        <source>Country or &amp;region</source>
        <translation>Pa&amp;ys ou région</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="131"/>
        <source>%1: no minimum wage in %2 is known to this app.</source>
        <translation>%1 : aucun salaire minimum en %2 n&apos;est connu de cette application.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="135"/>
        <source>%1: the minimum wage that applies is %2 an hour (estimate — not legal advice).</source>
        <translation>%1 : le salaire minimum applicable est de %2 de l&apos;heure (estimation — pas un avis juridique).</translation>
    </message>
</context>
<context>
    <name>AccessRequestsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="68"/>
        <source>Data-access requests</source>
        <translation>Demandes d&apos;accès aux données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="126"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="127"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="128"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="129"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="130"/>
        <source>Standing</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="132"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="77"/>
        <source>Follow-up letter…</source>
        <translation>Lettre de relance…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="78"/>
        <source>Make the follow-up letter for a request past its deadline or answered in part</source>
        <translation>Établir la lettre de relance pour une demande hors délai ou à réponse partielle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="81"/>
        <source>&amp;Import the answer…</source>
        <translation>&amp;Importer la réponse…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="82"/>
        <source>Keep the files of the platform&apos;s answer (a zip) as evidence of this request</source>
        <translation>Conserver les fichiers de la réponse de la plateforme (un zip) comme preuve de cette demande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="85"/>
        <source>&amp;Add a request…</source>
        <translation>&amp;Ajouter une demande…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="86"/>
        <source>Record a data-access request you sent: its deadline by law shows here</source>
        <translation>Enregistrez une demande d&apos;accès aux données que vous avez envoyée : son délai légal s&apos;affiche ici</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="88"/>
        <source>Record the a&amp;nswer…</source>
        <translation>Enregistrer la ré&amp;ponse…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="89"/>
        <source>When the client answered, and whether the answer held everything</source>
        <translation>Quand le client a répondu, et si la réponse contenait tout</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="91"/>
        <source>E&amp;xtension…</source>
        <translation>Pro&amp;longation…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="92"/>
        <source>The client said it needs the extra time the law allows</source>
        <translation>Le client a dit avoir besoin du délai supplémentaire que la loi permet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="231"/>
        <source>Select a request to see how its deadline was counted.</source>
        <translation>Sélectionnez une demande pour voir comment son délai a été compté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="234"/>
        <source>Due %1. %2</source>
        <translation>Échéance le %1. %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="237"/>
        <source>Due %1 (%2). %3</source>
        <translation>Échéance le %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="241"/>
        <source> (extended)</source>
        <translation> (prolongé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="252"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="153"/>
        <source>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</source>
        <translation>
            <numerusform>%n demande d&apos;accès aux données demande une relance : délai dépassé sans réponse, ou réponse partielle.</numerusform>
            <numerusform>%n demandes d&apos;accès aux données demandent une relance : délai dépassé sans réponse, ou réponse partielle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="76"/>
        <source>How the deadline was counted</source>
        <translation>Comment le délai a été compté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="156"/>
        <source>Sent a data-access request? Record it with “Add a request…” and its deadline by law shows here; an overdue one is marked.</source>
        <translation>Vous avez envoyé une demande d&apos;accès aux données ? Enregistrez-la avec « Ajouter une demande… » et son délai légal s&apos;affiche ici ; une demande en retard est signalée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="189"/>
        <source>%n files of the answer are kept as evidence of the request to %1.</source>
        <translation>
            <numerusform>%n fichier de la réponse est conservé comme preuve de la demande à %1.</numerusform>
            <numerusform>%n fichiers de la réponse sont conservés comme preuve de la demande à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="216"/>
        <source>Saved the request to %1: due %2 (%3).</source>
        <translation>Demande à %1 enregistrée : échéance le %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="220"/>
        <source>Import the answer</source>
        <translation>Importer la réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="221"/>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Fichiers zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>waiting, in time</source>
        <translation>en attente, dans les délais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>OVERDUE: no answer</source>
        <translation>EN RETARD : pas de réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered in part</source>
        <translation>réponse partielle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Record a data-access request</source>
        <translation>Enregistrer une demande d&apos;accès aux données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>By the client&apos;s jurisdiction</source>
        <translation>Selon la juridiction du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="85"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="36"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="37"/>
        <source>post</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="38"/>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="39"/>
        <source>in the app</source>
        <translation>dans l&apos;application</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="87"/>
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>optional: reference number, to whom it went…</source>
        <translation>facultatif : numéro de référence, destinataire…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="91"/>
        <source>&amp;Law</source>
        <translation>&amp;Loi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="92"/>
        <source>&amp;Sent on</source>
        <translation>En&amp;voyée le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="93"/>
        <source>Sent &amp;by</source>
        <translation>Envoyée &amp;par</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="95"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="101"/>
        <source>Choose the client the request went to.</source>
        <translation>Choisissez le client à qui la demande a été envoyée.</translation>
    </message>
</context>
<context>
    <name>AnchorPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="62"/>
        <source>Import a time stamp</source>
        <translation>Importer un horodatage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="63"/>
        <source>Time-stamp responses (*.tsr);;All files (*)</source>
        <translation>Réponses d&apos;horodatage (*.tsr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="66"/>
        <source>Which authority?</source>
        <translation>Quelle autorité ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="67"/>
        <source>Which authority stamped it? FreeTSA: choose its CA file (cacert.pem). DigiCert, or another authority your system trusts: use your system&apos;s certificates.</source>
        <translation>Quelle autorité l&apos;a horodaté ? FreeTSA : choisissez son fichier d&apos;AC (cacert.pem). DigiCert, ou une autre autorité à laquelle votre système fait confiance : utilisez les certificats du système.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="71"/>
        <source>Choose the CA file…</source>
        <translation>Choisir le fichier d&apos;AC…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="73"/>
        <source>My system&apos;s certificates</source>
        <translation>Les certificats de mon système</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="82"/>
        <source>The authority&apos;s CA certificate</source>
        <translation>Le certificat d&apos;AC de l&apos;autorité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="83"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="89"/>
        <source>Save the time-stamp request</source>
        <translation>Enregistrer la demande d&apos;horodatage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="90"/>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Demandes d&apos;horodatage (*.tsq)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="109"/>
        <source>your e-mail address, or your union&apos;s</source>
        <translation>votre adresse e-mail, ou celle de votre syndicat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="110"/>
        <source>Send the anchor to</source>
        <translation>Envoyer l&apos;ancre à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="111"/>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="112"/>
        <source>Email the anchor with your mail program</source>
        <translation>Envoyer l&apos;ancre avec votre messagerie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="113"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="114"/>
        <source>Copy the anchor</source>
        <translation>Copier l&apos;ancre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="115"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="116"/>
        <source>Print the anchor</source>
        <translation>Imprimer l&apos;ancre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="117"/>
        <source>Time-stamp request…</source>
        <translation>Demande d&apos;horodatage…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="118"/>
        <source>Save a time-stamp request for the anchor</source>
        <translation>Enregistrer une demande d&apos;horodatage pour l&apos;ancre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="119"/>
        <source>Import a time stamp…</source>
        <translation>Importer un horodatage…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="120"/>
        <source>Import and check a time stamp from an authority</source>
        <translation>Importer et vérifier l&apos;horodatage d&apos;une autorité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="141"/>
        <source>&lt;b&gt;Anchor your records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ancrez vos registres&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="142"/>
        <source>Send today&apos;s anchor somewhere you do not control: it shows later that your records stood as they are now no later than today.</source>
        <translation>Envoyez l&apos;ancre du jour à un endroit que vous ne contrôlez pas : elle prouvera plus tard que vos registres étaient tels qu&apos;aujourd&apos;hui au plus tard à cette date.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="147"/>
        <source>Stronger: have it time-stamped by a public authority. Save the request, send it with curl (docs/evidence.md in the guide shows how), then import the answer.</source>
        <translation>Plus solide : faites-la horodater par une autorité publique. Enregistrez la demande, envoyez-la avec curl (docs/evidence.md dans le guide montre comment), puis importez la réponse.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="164"/>
        <source>No mail program opened. Copy the anchor and send it yourself.</source>
        <translation>Aucune messagerie ne s&apos;est ouverte. Copiez l&apos;ancre et envoyez-la vous-même.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="185"/>
        <source>Saved %1. Send it to a time-stamping authority, then import the answer (.tsr).</source>
        <translation>%1 enregistré. Envoyez-le à une autorité d&apos;horodatage, puis importez la réponse (.tsr).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="200"/>
        <source>Checked and kept: anchor %1 existed no later than %2 UTC, per %3.</source>
        <translation>Vérifié et conservé : l&apos;ancre %1 existait au plus tard le %2 UTC, selon %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="220"/>
        <source>Today&apos;s anchor: %1 (%2, %3 changes recorded)</source>
        <translation>Ancre du jour : %1 (%2, %3 modifications enregistrées)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="228"/>
        <source>time-stamped by %1</source>
        <translation>horodatée par %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed to %1</source>
        <translation>envoyée par e-mail à %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed</source>
        <translation>envoyée par e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>copied</source>
        <translation>copiée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="115"/>
        <source>Record the answer from %1</source>
        <translation>Enregistrer la réponse de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="116"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="118"/>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="119"/>
        <source>It holds &amp;everything asked for</source>
        <translation>Elle contient &amp;tout ce qui était demandé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>What was missing</source>
        <translation>Ce qui manquait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>e.g. ratings, the reasons for the deactivation</source>
        <translation>p. ex. les notes, les raisons de la désactivation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="125"/>
        <source>&amp;Answered on</source>
        <translation>&amp;Répondu le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="127"/>
        <source>&amp;What was missing</source>
        <translation>Ce &amp;qui manquait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="134"/>
        <source>Say what the answer left out (the follow-up letter names it), or tick that it holds everything.</source>
        <translation>Indiquez ce que la réponse a omis (la lettre de relance le nomme), ou cochez qu&apos;elle contient tout.</translation>
    </message>
</context>
<context>
    <name>AppSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="35"/>
        <source>This app</source>
        <translation>Cette application</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="40"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="41"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="43"/>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="46"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="48"/>
        <source>Ask about the timer after this many hours</source>
        <translation>Poser la question du minuteur après ce nombre d&apos;heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="49"/>
        <source>Remind me at</source>
        <translation>Me rappeler à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="53"/>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="58"/>
        <source>if nothing is logged that day</source>
        <translation>si rien n&apos;est saisi ce jour-là</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="60"/>
        <source>Paper size for reports</source>
        <translation>Format de papier des rapports</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="61"/>
        <source>By my country or region</source>
        <translation>Selon mon pays ou ma région</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="66"/>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="92"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="67"/>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="73"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="74"/>
        <source>Lock your records and open Contractor Ledger again in the new language</source>
        <translation>Verrouiller vos registres et rouvrir Contractor Ledger dans la nouvelle langue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="81"/>
        <source>Lock when idle for</source>
        <translation>Verrouiller après inactivité de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="82"/>
        <source>Ask about a forgotten timer after</source>
        <translation>Signaler un minuteur oublié après</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="83"/>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="84"/>
        <source>Paper for reports</source>
        <translation>Papier des rapports</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="88"/>
        <source>By country: Letter in the US and Canada, A4 elsewhere. A report can still be made on the other size.</source>
        <translation>Selon le pays : Lettre US aux États-Unis et au Canada, A4 ailleurs. Un rapport peut quand même être établi dans l&apos;autre format.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="114"/>
        <source>The new language applies the next time you open Contractor Ledger.</source>
        <translation>La nouvelle langue s&apos;applique à la prochaine ouverture de Contractor Ledger.</translation>
    </message>
</context>
<context>
    <name>AutoBackupForm</name>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="35"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="43"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="41"/>
        <source>Back up when I lock or quit</source>
        <translation>Sauvegarder quand je verrouille ou quitte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="42"/>
        <source>Once a day, if something changed.</source>
        <translation>Une fois par jour, si quelque chose a changé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="45"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="117"/>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="46"/>
        <source>A full path, like /home/you/Backups</source>
        <translation>Un chemin complet, comme /home/vous/Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="47"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="48"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Choisir le dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="50"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="51"/>
        <source>Use the backups folder beside your records</source>
        <translation>Utiliser le dossier de sauvegardes à côté de vos registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Daily backups to keep</source>
        <translation>Sauvegardes quotidiennes à garder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Weekly backups to keep</source>
        <translation>Sauvegardes hebdomadaires à garder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Monthly backups to keep</source>
        <translation>Sauvegardes mensuelles à garder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="61"/>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="65"/>
        <source>Save backup settings</source>
        <translation>Enregistrer les réglages de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="71"/>
        <source>Folder (also for Back up now):</source>
        <translation>Dossier (aussi pour Sauvegarder maintenant) :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="73"/>
        <source>Keep the latest:</source>
        <translation>Garder les plus récentes :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="75"/>
        <source>Older automatic backups are deleted as new ones are made. Backups you make yourself are never deleted. A folder on another disk, or one a cloud drive syncs, keeps a copy safe if this computer fails; backups are encrypted.</source>
        <translation>Les sauvegardes automatiques plus anciennes sont supprimées au fur et à mesure. Celles que vous faites vous-même ne le sont jamais. Un dossier sur un autre disque, ou synchronisé avec un cloud, garde une copie à l&apos;abri si cet ordinateur tombe en panne ; les sauvegardes sont chiffrées.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="40"/>
        <source>Made</source>
        <translation>Établie le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="41"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="42"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="44"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>By you</source>
        <translation>Par vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="57"/>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="60"/>
        <source>Complete (checked %1)</source>
        <translation>Complète (vérifiée le %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="61"/>
        <source>Damaged (checked %1)</source>
        <translation>Endommagée (vérifiée le %1)</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="77"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="78"/>
        <source>Cancel the backup work in progress</source>
        <translation>Annuler la sauvegarde en cours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="85"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="86"/>
        <source>A backup is an encrypted copy of all your records, evidence included. It opens with the password you had on the day it was made, or with your recovery key. Keep one on another disk too.</source>
        <translation>Une sauvegarde est une copie chiffrée de tous vos registres, preuves comprises. Elle s&apos;ouvre avec le mot de passe que vous aviez le jour où elle a été faite, ou avec votre clé de récupération. Gardez-en aussi une sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="107"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="115"/>
        <source>Check it…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="116"/>
        <source>Check the last backup</source>
        <translation>Vérifier la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="129"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="133"/>
        <source>Back up to…</source>
        <translation>Sauvegarder vers…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="135"/>
        <source>Check a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="137"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="138"/>
        <source>Restore your records from a backup</source>
        <translation>Restaurer vos registres depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="149"/>
        <source>Backups in the folder</source>
        <translation>Sauvegardes dans le dossier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="153"/>
        <source>Backups in the backup folder</source>
        <translation>Sauvegardes dans le dossier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="164"/>
        <source>No backups in this folder yet. Back up now: it takes a few seconds.</source>
        <translation>Pas encore de sauvegarde dans ce dossier. Sauvegardez maintenant : cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="171"/>
        <source>Double-click a backup to check it.</source>
        <translation>Double-cliquez sur une sauvegarde pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="195"/>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="196"/>
        <source>Back up now to keep a copy of your records. A backup is also made automatically when you lock, once a day, if your records changed.</source>
        <translation>Sauvegardez maintenant pour garder une copie de vos registres. Une sauvegarde est aussi faite automatiquement au verrouillage, une fois par jour, si vos registres ont changé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="199"/>
        <source>Backups go to %1</source>
        <translation>Les sauvegardes vont dans %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>made by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="205"/>
        <source>Saved as %1</source>
        <translation>Enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="230"/>
        <source>Backups (*%1);;All files (*)</source>
        <translation>Sauvegardes (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="236"/>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="237"/>
        <source>Backups (*%1)</source>
        <translation>Sauvegardes (*%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="256"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="267"/>
        <source>Backup saved: %1 (%2). It opens with your current password or your recovery key.</source>
        <translation>Sauvegarde enregistrée : %1 (%2). Elle s&apos;ouvre avec votre mot de passe actuel ou votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="277"/>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="285"/>
        <source>Check the backup of %1? It is unpacked into a temporary folder and checked the way a restore would check it. Your records are not changed.</source>
        <translation>Vérifier la sauvegarde du %1 ? Elle est décompressée dans un dossier temporaire et vérifiée comme le ferait une restauration. Vos registres ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="287"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="297"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="308"/>
        <source>This backup is complete and restores: %1 records, %2 evidence files, %3.</source>
        <translation>Cette sauvegarde est complète et restaurable : %1 registres, %2 fichiers de preuve, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/backups/view.py" line="312"/>
        <source>This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; use another backup.</source>
        <translation>
            <numerusform>Cette sauvegarde est endommagée : %1 (%n problème en tout). Rien n&apos;a été modifié ; utilisez une autre sauvegarde.</numerusform>
            <numerusform>Cette sauvegarde est endommagée : %1 (%n problèmes en tout). Rien n&apos;a été modifié ; utilisez une autre sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="341"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="351"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days, so nothing is lost. Contractor Ledger locks while it restores; then unlock with the password you had on the day of the backup, or with the new one if you use your recovery key.</source>
        <translation>Remplacer vos registres par la sauvegarde du %1 ?

Vos registres actuels seront mis de côté dans %2 pendant %3 jours : rien n&apos;est perdu. Contractor Ledger se verrouille pendant la restauration ; déverrouillez ensuite avec le mot de passe que vous aviez le jour de la sauvegarde, ou avec le nouveau si vous utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="355"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="366"/>
        <source>Checking the backup before restoring…</source>
        <translation>Vérification de la sauvegarde avant restauration…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="386"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="398"/>
        <source>Cancelled. Nothing was written, and your records are unchanged.</source>
        <translation>Annulé. Rien n&apos;a été écrit et vos registres sont inchangés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="401"/>
        <source>Wrong password for this backup: it opens with the password you had on the day it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Mot de passe incorrect pour cette sauvegarde : elle s&apos;ouvre avec le mot de passe que vous aviez le jour où elle a été faite, ou avec votre clé de récupération. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="403"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas cette sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="405"/>
        <source>This backup is damaged (%1). Nothing was restored or changed; use another backup.</source>
        <translation>Cette sauvegarde est endommagée (%1). Rien n&apos;a été restauré ni modifié ; utilisez une autre sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="103"/>
        <source>%1  (already linked)</source>
        <translation>%1  (déjà lié)</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="63"/>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Your id on the platform</source>
        <translation>Votre identifiant sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="78"/>
        <source>Classification</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Workweek starts</source>
        <translation>La semaine commence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Pays within</source>
        <translation>Paie sous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="83"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="90"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="93"/>
        <source>Written contract</source>
        <translation>Contrat écrit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="101"/>
        <source>Engagements and their pay terms history</source>
        <translation>Missions et historique de leurs conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="114"/>
        <source>Add engagement…</source>
        <translation>Ajouter une mission…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="116"/>
        <source>New pay terms (a raise)…</source>
        <translation>Nouvelles conditions de paie (une hausse)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="117"/>
        <source>Record new terms from a date; earlier work keeps the old terms</source>
        <translation>Enregistrer de nouvelles conditions à partir d&apos;une date ; le travail antérieur garde les anciennes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="125"/>
        <source>Rename engagement…</source>
        <translation>Renommer la mission…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="127"/>
        <source>Correct terms…</source>
        <translation>Corriger les conditions…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="128"/>
        <source>Fix terms recorded wrong; for a raise, use New pay terms</source>
        <translation>Corriger des conditions mal saisies ; pour une augmentation, utilisez Nouvelles conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="130"/>
        <source>Remove terms</source>
        <translation>Supprimer les conditions</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="131"/>
        <source>Remove terms recorded by mistake (terms that price work are kept)</source>
        <translation>Supprimer des conditions saisies par erreur (celles qui rémunèrent du travail sont gardées)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="141"/>
        <source>Engagements and pay</source>
        <translation>Missions et paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="143"/>
        <source>Terms are dated: a raise applies from its day on, and earlier work keeps the rate it was done at. The terms in force today are in bold.</source>
        <translation>Les conditions sont datées : une hausse s&apos;applique à partir de son jour, et le travail antérieur garde le taux auquel il a été fait. Les conditions en vigueur aujourd&apos;hui sont en gras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="126"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="128"/>
        <source>Add client</source>
        <translation>Ajouter le client</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="39"/>
        <source>Edit client details</source>
        <translation>Modifier les détails du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>The name you use for them</source>
        <translation>Le nom que vous lui donnez</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="41"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="42"/>
        <source>As on the contract or invoices, e.g. Acme Labeling Inc.</source>
        <translation>Comme sur le contrat ou les factures, p. ex. Acme Labeling Inc.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="44"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="45"/>
        <source>Their postal address, for letters and claims</source>
        <translation>Leur adresse postale, pour les lettres et réclamations</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="48"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="49"/>
        <source>A person, email or support page, e.g. support@acme.example</source>
        <translation>Une personne, un e-mail ou une page d&apos;assistance, p. ex. support@acme.example</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="50"/>
        <source>Your id on the platform</source>
        <translation>Votre identifiant sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="51"/>
        <source>Your worker id or username with them, e.g. AL-20417</source>
        <translation>Votre identifiant ou nom d&apos;utilisateur chez eux, p. ex. AL-20417</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="53"/>
        <source>Classification</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="57"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="58"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Où vous faites le travail, p. ex. US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="60"/>
        <source>Workweek starts on</source>
        <translation>La semaine de travail commence le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="65"/>
        <source>Days the client has to pay</source>
        <translation>Jours dont dispose le client pour payer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="67"/>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="68"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="70"/>
        <source>Note about the client</source>
        <translation>Note sur le client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="75"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Raison sociale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="77"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="78"/>
        <source>Your &amp;id on the platform</source>
        <translation>Votre &amp;identifiant sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="79"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="81"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="82"/>
        <source>&amp;Workweek starts</source>
        <translation>La se&amp;maine commence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="83"/>
        <source>&amp;Pays within</source>
        <translation>&amp;Paie sous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="85"/>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="101"/>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="47"/>
        <source>App-based &amp;work (delivery, rideshare): a pay floor may apply</source>
        <translation>Travail via plate&amp;forme (livraison, VTC) : un plancher de paie peut s&apos;appliquer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="49"/>
        <source>App-based work</source>
        <translation>Travail via plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="50"/>
        <source>Some places set a minimum pay for work through an app, whatever your classification (New York City delivery, Seattle app-based work). Tick this for such an app.</source>
        <translation>Certains lieux fixent une paie minimale pour le travail via une application, quel que soit votre statut (livraison à New York, travail via plateforme à Seattle). Cochez ceci pour une telle application.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="60"/>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="61"/>
        <source>The platform, agency or company, e.g. Acme Labeling</source>
        <translation>La plateforme, l&apos;agence ou l&apos;entreprise, p. ex. Acme Labeling</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>p. ex. 20.00 (laissez vide si pas encore convenu)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="67"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="69"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="70"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Où vous faites le travail, p. ex. US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="72"/>
        <source>Classification</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="73"/>
        <source>Contractor (freelancer)</source>
        <translation>Indépendant (freelance)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="74"/>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="76"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Pourquoi c&apos;est important : la loi garantit aux salariés le salaire minimum et les heures supplémentaires ; souvent pas aux indépendants. Le contrat est un point de départ ; la façon dont vous êtes traité compte aussi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="80"/>
        <source>&amp;Pay type</source>
        <translation>T&amp;ype de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="83"/>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="84"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="85"/>
        <source>C&amp;lassification</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Taux horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Taux par unité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="106"/>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="257"/>
        <source>Your first client</source>
        <translation>Votre premier client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="258"/>
        <source>Who do you work for? A platform, an agency or a company. You can add more later.</source>
        <translation>Pour qui travaillez-vous ? Une plateforme, une agence ou une entreprise. Vous pourrez en ajouter d&apos;autres plus tard.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="260"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="50"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="93"/>
        <source>Add client…</source>
        <translation>Ajouter un client…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="51"/>
        <source>Add a platform or company you work for (Ctrl+Shift+N)</source>
        <translation>Ajouter une plateforme ou une entreprise pour laquelle vous travaillez (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="54"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="61"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="75"/>
        <source>The selected client&apos;s details</source>
        <translation>Les détails du client sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="89"/>
        <source>No clients yet. Add the platform or company you work for, with what they pay you, to start logging work and checking your pay.</source>
        <translation>Pas encore de client. Ajoutez la plateforme ou l&apos;entreprise pour laquelle vous travaillez, avec ce qu&apos;elle vous paie, pour commencer à saisir votre travail et vérifier votre paie.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="28"/>
        <source>Columns of this file</source>
        <translation>Colonnes de ce fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>Transaction &amp;ID</source>
        <translation>&amp;ID de transaction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Currency</source>
        <translation>D&amp;evise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>F&amp;ees</source>
        <translation>&amp;Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Payer name</source>
        <translation>Nom du &amp;payeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Payer emai&amp;l</source>
        <translation>E-mai&amp;l du payeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Reference (&amp;memo)</source>
        <translation>Réfé&amp;rence (mémo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="33"/>
        <source>e.g. my bank</source>
        <translation>p. ex. ma banque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="34"/>
        <source>Name for this kind of file</source>
        <translation>Nom pour ce type de fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="35"/>
        <source>The column choices are saved under this name for the next file.</source>
        <translation>Les choix de colonnes sont enregistrés sous ce nom pour le prochain fichier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="38"/>
        <source>&amp;Name for this kind of file</source>
        <translation>&amp;Nom pour ce type de fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(choose a column)</source>
        <translation>(choisissez une colonne)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(not in this file)</source>
        <translation>(absente de ce fichier)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="32"/>
        <source>Changed on two computers</source>
        <translation>Modifié sur deux ordinateurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Other computer</source>
        <translation>Autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="39"/>
        <source>Both versions of the record</source>
        <translation>Les deux versions de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="43"/>
        <source>Keep this computer&apos;s</source>
        <translation>Garder celle de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="55"/>
        <source>Nothing is lost: until you choose, this computer keeps its version and the other version is kept beside it.</source>
        <translation>Rien n&apos;est perdu : tant que vous n&apos;avez pas choisi, cet ordinateur garde sa version et l&apos;autre est conservée à côté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="76"/>
        <source>Your computers agree: nothing to choose.</source>
        <translation>Vos ordinateurs sont d&apos;accord : rien à choisir.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="77"/>
        <source>Keep the other&apos;s</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="80"/>
        <source>%1 of %2: a %3 changed here and on %4.</source>
        <translation>%1 sur %2 : %3 modifié ici et sur %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="83"/>
        <source>Keep %1&apos;s</source>
        <translation>Garder celle de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>work entry</source>
        <translation>saisie de travail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>engagement</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>pay terms</source>
        <translation>conditions de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>expense</source>
        <translation>dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>trip</source>
        <translation>trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>data record</source>
        <translation>fiche de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>access request</source>
        <translation>demande d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="104"/>
        <source>what a payment pays for</source>
        <translation>ce qu&apos;un paiement règle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="111"/>
        <source>Id in the imported file</source>
        <translation>Id dans le fichier importé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Last edited</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Kind of pay</source>
        <translation>Type de rémunération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="119"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
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
        <translation>Un contrat écrit est conservé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="105"/>
        <source>Link a kept file…</source>
        <translation>Lier un fichier conservé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="106"/>
        <source>Choose the contract among the files kept in Evidence</source>
        <translation>Choisir le contrat parmi les fichiers conservés dans Preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="108"/>
        <source>Add the contract file…</source>
        <translation>Ajouter le fichier du contrat…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="109"/>
        <source>Keep a file from your computer as evidence and link it as the contract</source>
        <translation>Conserver un fichier de votre ordinateur comme preuve et le lier comme contrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="115"/>
        <source>Adding the contract file</source>
        <translation>Ajout du fichier du contrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="118"/>
        <source>Freelancer laws in several places entitle you to a written contract above a threshold. Keeping it here, fingerprinted, helps prove what was agreed.</source>
        <translation>Dans plusieurs endroits, la loi donne droit à un contrat écrit au-delà d&apos;un seuil. Le conserver ici, avec son empreinte, aide à prouver ce qui a été convenu.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="143"/>
        <source>On file: %1
SHA-256 %2</source>
        <translation>Conservé : %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="145"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="147"/>
        <source>On file, but not kept here. Add the file to have it at hand.</source>
        <translation>Indiqué, mais pas conservé ici. Ajoutez le fichier pour l&apos;avoir sous la main.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="150"/>
        <source>No written contract on file.</source>
        <translation>Aucun contrat écrit conservé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="181"/>
        <source>Choose the contract file</source>
        <translation>Choisir le fichier du contrat</translation>
    </message>
</context>
<context>
    <name>CostsField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="120"/>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="141"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="121"/>
        <source>e.g. 45.00, or empty</source>
        <translation>p. ex. 45.00, ou vide</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="124"/>
        <source>Currency of the costs</source>
        <translation>Devise des coûts</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="198"/>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="200"/>
        <source>Add expense…</source>
        <translation>Ajouter une dépense…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="201"/>
        <source>Edit expense…</source>
        <translation>Modifier la dépense…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="202"/>
        <source>Delete expense</source>
        <translation>Supprimer la dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="203"/>
        <source>No expenses in this period. Record what the work costs you (equipment, internet, software, fees taken apart) to see your pay net of costs.</source>
        <translation>Aucune dépense sur cette période. Enregistrez ce que le travail vous coûte (matériel, internet, logiciels, frais à part) pour voir votre rémunération nette des coûts.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="213"/>
        <source>Distance driven</source>
        <translation>Distance parcourue</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="50"/>
        <source>Hours this week</source>
        <translation>Heures cette semaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="51"/>
        <source>Earned this month</source>
        <translation>Gagné ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="52"/>
        <source>Paid this month</source>
        <translation>Payé ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="53"/>
        <source>Owed to you</source>
        <translation>Ce qu&apos;on vous doit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="54"/>
        <source>Pay per hour at your terms, last 12 weeks</source>
        <translation>Paie horaire selon vos conditions, 12 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="55"/>
        <source>Overdue payments</source>
        <translation>Paiements en retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="77"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="79"/>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="86"/>
        <source>Welcome to your records</source>
        <translation>Bienvenue dans vos registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="102"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="124"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="158"/>
        <source>Charts show amounts in %1; amounts in %2 are in the cards, never converted.</source>
        <translation>Les graphiques montrent les montants en %1 ; les montants en %2 sont dans les cartes, jamais convertis.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="167"/>
        <source>Everything you record stays on this computer, encrypted. Start by adding the platform or company you work for, with your rate: then the timer, your pay and the minimum-wage check can work.</source>
        <translation>Tout ce que vous enregistrez reste sur cet ordinateur, chiffré. Commencez par ajouter la plateforme ou l&apos;entreprise pour laquelle vous travaillez, avec votre taux : le minuteur, votre paie et le contrôle du salaire minimum fonctionneront alors.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="171"/>
        <source>No work logged yet. Start the timer when you begin a task, or add work you already did from the Today view (Ctrl+N). Your hours, pay and what you are owed will show here.</source>
        <translation>Aucun travail saisi pour l&apos;instant. Démarrez le minuteur en commençant une tâche, ou ajoutez du travail déjà fait depuis la vue Aujourd&apos;hui (Ctrl+N). Vos heures, votre paie et ce qu&apos;on vous doit s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="233"/>
        <source>%1 entries, %2</source>
        <translation>%1 entrées, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="240"/>
        <source>What the work earned under your terms, with bonuses and adjustments.</source>
        <translation>Ce que le travail a rapporté selon vos conditions, primes et ajustements compris.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="243"/>
        <source>%n payments counted</source>
        <translation>
            <numerusform>%n paiement compté</numerusform>
            <numerusform>%n paiements comptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="244"/>
        <source>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</source>
        <translation>
            <numerusform>%n paiement, %1 : chacun compte dans le mois où finit le travail qu&apos;il couvre (ou, sans période, à son arrivée).</numerusform>
            <numerusform>%n paiements, %1 : chacun compte dans le mois où finit le travail qu&apos;il couvre (ou, sans période, à son arrivée).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="248"/>
        <source>Working out…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="254"/>
        <source>all time, %n clients</source>
        <translation>
            <numerusform>depuis le début, %n client</numerusform>
            <numerusform>depuis le début, %n clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="255"/>
        <source>Nothing owed.</source>
        <translation>Rien n&apos;est dû.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="262"/>
        <source>No hours in the last 12 weeks.</source>
        <translation>Aucune heure sur les 12 dernières semaines.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="265"/>
        <source>Your terms pay %1 for %2 worked, %3: all hours, unpaid time included. Money not yet received is owed, not underpaid.</source>
        <translation>Vos conditions paient %1 pour %2 travaillées, %3 : toutes les heures, temps non payé compris. L&apos;argent pas encore reçu est dû, pas sous-payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="269"/>
        <source>Minimum wage: %1</source>
        <translation>Salaire minimum : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="270"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="273"/>
        <source>Net of costs: %1/h</source>
        <translation>Net des coûts : %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="274"/>
        <source>Costs in the period (fees, expenses, distance): %1</source>
        <translation>Coûts sur la période (frais, dépenses, distance) : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="277"/>
        <source>No minimum wage known for where you work.</source>
        <translation>Aucun salaire minimum connu là où vous travaillez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="279"/>
        <source>(minimum %1/h)</source>
        <translation>(minimum %1/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="282"/>
        <source>At or above the minimum wage, %1/h (%2)</source>
        <translation>Au salaire minimum ou plus, %1/h (%2)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="293"/>
        <source>(converted at %1)</source>
        <translation>(converti au taux de %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="300"/>
        <source>App-based pay floor: %1</source>
        <translation>Plancher de rémunération des applis : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="302"/>
        <source>Below the app-based pay floor by %1 (floor %2/h)</source>
        <translation>Sous le plancher des applis de %1 (plancher %2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="304"/>
        <source>At or above the app-based pay floor, %1/h</source>
        <translation>Au niveau du plancher des applis ou au-dessus, %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="310"/>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="311"/>
        <source>Invoices and claims past their due date, and work past your payment terms, not fully paid.</source>
        <translation>Factures et réclamations après échéance, et travail au-delà de vos conditions de paiement, pas entièrement payés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="317"/>
        <source>%1, %2: %3 due %4, %5 days late</source>
        <translation>%1, %2 : %3 dû le %4, %5 jours de retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="320"/>
        <source>%1: %2 of work not paid or invoiced, due %3 by your payment terms, %4 days late</source>
        <translation>%1 : %2 de travail ni payé ni facturé, dû le %3 selon vos conditions, %4 jours de retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="325"/>
        <source>%1 outstanding, oldest %2 days late</source>
        <translation>%1 impayé, le plus ancien avec %2 jours de retard</translation>
    </message>
</context>
<context>
    <name>DataCollectedDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Edit what was collected about you</source>
        <translation>Modifier ce qui a été collecté sur vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Add what was collected about you</source>
        <translation>Ajouter ce qui a été collecté sur vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="198"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="199"/>
        <source>What was collected</source>
        <translation>Ce qui a été collecté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>e.g. Hubstaff, Time Doctor, the platform&apos;s own app, or unknown</source>
        <translation>p. ex. Hubstaff, Time Doctor, l&apos;application de la plateforme, ou inconnu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="201"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="202"/>
        <source>Retention you were told</source>
        <translation>Conservation annoncée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="203"/>
        <source>e.g. kept 90 days; leave empty if you were not told</source>
        <translation>p. ex. conservé 90 jours ; laissez vide si on ne vous l&apos;a pas dit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="204"/>
        <source>What it captured</source>
        <translation>Ce qu&apos;il a capturé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="205"/>
        <source>e.g. a screenshot every 10 minutes, face photos (commas between)</source>
        <translation>p. ex. une capture d&apos;écran toutes les 10 minutes, photos du visage (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Anything else: where you were told, what you asked…</source>
        <translation>Autre chose : où on vous l&apos;a dit, ce que vous avez demandé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="207"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="208"/>
        <source>&amp;What was collected</source>
        <translation>Ce &amp;qui a été collecté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="209"/>
        <source>&amp;Tool</source>
        <translation>&amp;Outil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="210"/>
        <source>C&amp;onsent</source>
        <translation>Consen&amp;tement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="211"/>
        <source>How you agreed to it. Your privacy report flags &quot;Not asked&quot; and &quot;Refused&quot;.</source>
        <translation>Comment vous l&apos;avez accepté. Votre rapport de confidentialité signale « Pas demandé » et « Refusé ».</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="213"/>
        <source>&amp;Retention you were told</source>
        <translation>Conse&amp;rvation annoncée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="214"/>
        <source>What it c&amp;aptured</source>
        <translation>Ce qu&apos;il a c&amp;apturé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="216"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="232"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Ajoutez d&apos;abord un client : les fiches de données appartiennent à un client (Fichier → Ajouter un client).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="235"/>
        <source>Name the tool that collected it, e.g. Hubstaff, or write &quot;unknown&quot;.</source>
        <translation>Nommez l&apos;outil qui l&apos;a collecté, p. ex. Hubstaff, ou écrivez « inconnu ».</translation>
    </message>
</context>
<context>
    <name>DataHandledDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Edit data you handled</source>
        <translation>Modifier des données que vous avez traitées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Add data you handled</source>
        <translation>Ajouter des données que vous avez traitées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="156"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="157"/>
        <source>Kinds of data</source>
        <translation>Types de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="158"/>
        <source>e.g. audio recordings, medical images, chat logs (commas between)</source>
        <translation>p. ex. enregistrements audio, images médicales, historiques de discussion (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>Whose data</source>
        <translation>Données de qui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>e.g. the client&apos;s customers, patients, children</source>
        <translation>p. ex. les clients du client, des patients, des enfants</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Anything else: the project, where the data came from…</source>
        <translation>Autre chose : le projet, la provenance des données…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="162"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="163"/>
        <source>&amp;Kinds of data</source>
        <translation>&amp;Types de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="164"/>
        <source>&amp;Whose data</source>
        <translation>&amp;Données de qui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="165"/>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="167"/>
        <source>Leave the end open while the work goes on.</source>
        <translation>Laissez la fin ouverte tant que le travail continue.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="168"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="182"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Ajoutez d&apos;abord un client : les fiches de données appartiennent à un client (Fichier → Ajouter un client).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="185"/>
        <source>Name the kinds of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Nommez les types de données que vous avez traitées, p. ex. enregistrements audio ou historiques de discussion.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="31"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="40"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="43"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="44"/>
        <source>Copy the fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="55"/>
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="56"/>
        <source>Link this file to a client, entries, payments or incidents</source>
        <translation>Lier ce fichier à un client, des entrées, des paiements ou des incidents</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="57"/>
        <source>Unlink…</source>
        <translation>Délier…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="58"/>
        <source>Take a link off this file</source>
        <translation>Retirer un lien de ce fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="60"/>
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="61"/>
        <source>Export a copy of this file to a folder</source>
        <translation>Exporter une copie de ce fichier dans un dossier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="69"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="70"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="71"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="72"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="85"/>
        <source>Fingerprint (SHA-256): if even one byte of the file changed, this would be different.</source>
        <translation>Empreinte (SHA-256) : si un seul octet du fichier changeait, elle serait différente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="120"/>
        <source>Choose a file in the list to see it here.</source>
        <translation>Choisissez un fichier dans la liste pour le voir ici.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="136"/>
        <source>Not linked yet: use “Link to…” to say what this file is proof of.</source>
        <translation>Pas encore lié : utilisez « Lier à… » pour dire de quoi ce fichier est la preuve.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="313"/>
        <source>You are ready</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="314"/>
        <source>Your records are set up and encrypted on this computer.</source>
        <translation>Vos registres sont prêts et chiffrés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="315"/>
        <source>Start the timer when you start working, and stop it when you finish. You can also add work you already did (Ctrl+N).</source>
        <translation>Démarrez le minuteur quand vous commencez à travailler, et arrêtez-le quand vous finissez. Vous pouvez aussi ajouter du travail déjà fait (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="318"/>
        <source>Start the timer now</source>
        <translation>Démarrer le minuteur maintenant</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="33"/>
        <source>Drop files here to keep them as evidence</source>
        <translation>Déposez des fichiers ici pour les conserver comme preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="34"/>
        <source>&lt;b&gt;Drop files here&lt;/b&gt; to keep them as evidence: they are stored encrypted with your records.</source>
        <translation>&lt;b&gt;Déposez des fichiers ici&lt;/b&gt; pour les conserver comme preuves : ils sont stockés chiffrés avec vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="37"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="38"/>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
</context>
<context>
    <name>EditTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="269"/>
        <source>Correct pay terms</source>
        <translation>Corriger les conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="273"/>
        <source>from the start</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="271"/>
        <source>First day these terms apply</source>
        <translation>Premier jour où ces conditions s&apos;appliquent</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="274"/>
        <source>Correcting the terms of %1. To record a raise, use New pay terms instead: earlier work keeps its rate.</source>
        <translation>Correction des conditions de %1. Pour noter une augmentation, utilisez plutôt Nouvelles conditions de paie : le travail antérieur garde son taux.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="276"/>
        <source>&amp;From</source>
        <translation>&amp;À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="277"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="236"/>
        <source>Add an engagement</source>
        <translation>Ajouter une mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="238"/>
        <source>Engagement name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="239"/>
        <source>The project or contract, e.g. Search relevance</source>
        <translation>Le projet ou contrat, p. ex. Pertinence de recherche</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="241"/>
        <source>Add engagement</source>
        <translation>Ajouter la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="242"/>
        <source>e.g. the offer email of 3 March</source>
        <translation>p. ex. l&apos;e-mail d&apos;offre du 3 mars</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="251"/>
        <source>An engagement needs a name.</source>
        <translation>Une mission doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="95"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="118"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="130"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="157"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="161"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="166"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="167"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="175"/>
        <source>Client filter</source>
        <translation>Filtre client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="180"/>
        <source>Category filter</source>
        <translation>Filtre catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="181"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="186"/>
        <source>Search notes, clients and engagements (Ctrl+F)</source>
        <translation>Rechercher dans les notes, clients et missions (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="187"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="263"/>
        <source>%n records changed on two computers: choose which to keep…</source>
        <translation>
            <numerusform>%n enregistrement modifié sur deux ordinateurs : choisissez lequel garder…</numerusform>
            <numerusform>%n enregistrements modifiés sur deux ordinateurs : choisissez lesquels garder…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="272"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="300"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="312"/>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="313"/>
        <source>No entries yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Pas encore d&apos;entrée. Démarrez le minuteur, ou ajoutez une entrée pour du travail déjà fait (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="389"/>
        <source>Adding up %n selected…</source>
        <translation>
            <numerusform>Calcul de %n sélectionnée…</numerusform>
            <numerusform>Calcul de %n sélectionnées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="396"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="402"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="410"/>
        <source>Select at most %1 entries to delete at once. Nothing was deleted.</source>
        <translation>Sélectionnez au plus %1 entrées à supprimer d&apos;un coup. Rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="58"/>
        <source>No hourly or per-unit terms for this work (none agreed, or a fixed price).</source>
        <translation>Aucune condition horaire ou à l&apos;unité pour ce travail (rien de convenu, ou prix fixe).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="67"/>
        <source>Overlaps another entry. Both are kept; reports show this.</source>
        <translation>Chevauche une autre entrée. Les deux sont gardées ; les rapports l&apos;indiquent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="69"/>
        <source>Recorded %1 after the work ended.</source>
        <translation>Saisie %1 après la fin du travail.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="72"/>
        <source>Imported from a file, not typed in at the time.</source>
        <translation>Importée d&apos;un fichier, pas saisie sur le moment.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="74"/>
        <source>Changed after it was recorded; the history keeps every version.</source>
        <translation>Modifiée après sa saisie ; l&apos;historique garde chaque version.</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="145"/>
        <location filename="../../contractor_app/gui/capture.py" line="150"/>
        <source>Capture evidence</source>
        <translation>Capturer une preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="146"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>La capture de preuve fonctionne pendant que le minuteur tourne ; démarrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="151"/>
        <source>Your desktop does not let apps take screenshots. Take one with the system&apos;s screenshot tool, then drop the file into Evidence.</source>
        <translation>Votre bureau ne permet pas aux applications de faire des captures d&apos;écran. Faites-en une avec l&apos;outil du système, puis déposez le fichier dans Preuves.</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="72"/>
        <source>%1 is a folder. Nothing was added for it; add the files inside it instead.</source>
        <translation>%1 est un dossier. Rien n&apos;a été ajouté pour lui ; ajoutez plutôt les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="79"/>
        <source>%1 is too large (%2): one file can be at most %3. Nothing was added for it; keep a smaller copy, such as a screenshot or a compressed PDF.</source>
        <translation>%1 est trop volumineux (%2) : un fichier peut faire au plus %3. Rien n&apos;a été ajouté pour lui ; gardez une copie plus petite, comme une capture d&apos;écran ou un PDF compressé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="95"/>
        <source>%1 is already kept (as “%2”). Nothing was added for it; it is selected so you can link it.</source>
        <translation>%1 est déjà conservé (sous « %2 »). Rien n&apos;a été ajouté pour lui ; il est sélectionné pour que vous puissiez le lier.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="73"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="75"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="78"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="79"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="83"/>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="81"/>
        <source>The file&apos;s fingerprint: click one to copy it.</source>
        <translation>L&apos;empreinte du fichier : cliquez dessus pour la copier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="80"/>
        <source>SHA-256 %1
Click to copy it.</source>
        <translation>SHA-256 %1
Cliquez pour la copier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="69"/>
        <source>not linked yet</source>
        <translation>pas encore lié</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="62"/>
        <source>Choose the contract file</source>
        <translation>Choisir le fichier du contrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="65"/>
        <source>Kept evidence files</source>
        <translation>Fichiers de preuve conservés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="67"/>
        <source>No files are kept as evidence yet. Close this and use &quot;Add the contract file…&quot; to add it from your computer.</source>
        <translation>Aucun fichier n&apos;est encore conservé comme preuve. Fermez ceci et utilisez « Ajouter le fichier du contrat… » pour l&apos;ajouter depuis votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="72"/>
        <source>Link as contract</source>
        <translation>Lier comme contrat</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="115"/>
        <source>Adding files</source>
        <translation>Ajout de fichiers</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="117"/>
        <source>Stop adding files</source>
        <translation>Arrêter l&apos;ajout de fichiers</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="129"/>
        <source>Keep proof here: screenshots of your task counts, pay statements, emails, the contract. Each file gets a fingerprint (SHA-256) that shows it has not changed.</source>
        <translation>Conservez vos preuves ici : captures d&apos;écran de vos compteurs de tâches, relevés de paie, e-mails, le contrat. Chaque fichier reçoit une empreinte (SHA-256) qui montre qu&apos;il n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="156"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="170"/>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="246"/>
        <source>Loading the preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="254"/>
        <source>This file is too large to preview (more than %1). Export a copy to open it in another program.</source>
        <translation>Ce fichier est trop volumineux pour l&apos;aperçu (plus de %1). Exportez une copie pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="258"/>
        <source>No preview for this file. Export a copy to open it in another program.</source>
        <translation>Pas d&apos;aperçu pour ce fichier. Exportez une copie pour l&apos;ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="265"/>
        <source>No preview for this file.</source>
        <translation>Pas d&apos;aperçu pour ce fichier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="274"/>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers de preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="280"/>
        <source>Files are still being added. Wait for them to finish, then add these.</source>
        <translation>Des fichiers sont encore en cours d&apos;ajout. Attendez la fin, puis ajoutez ceux-ci.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="292"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Ajout de %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="300"/>
        <source>Added 1 file.</source>
        <translation>1 fichier ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="301"/>
        <source>Added %1 files.</source>
        <translation>%1 fichiers ajoutés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="304"/>
        <source>Stopped: 1 file was not added.</source>
        <translation>Arrêté : 1 fichier n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="305"/>
        <source>Stopped: %1 files were not added.</source>
        <translation>Arrêté : %1 fichiers n&apos;ont pas été ajoutés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="322"/>
        <source>Fingerprint copied: paste it wherever you need to show it.</source>
        <translation>Empreinte copiée : collez-la là où vous devez la montrer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="346"/>
        <source>Unlinked. Undo (Ctrl+Z) links it again.</source>
        <translation>Lien retiré. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="357"/>
        <source>Linked.</source>
        <translation>Lié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="362"/>
        <source>Export a copy to…</source>
        <translation>Exporter une copie vers…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="371"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="374"/>
        <source>Saved a copy as %1. It matches its fingerprint.</source>
        <translation>Copie enregistrée sous %1. Elle correspond à son empreinte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="376"/>
        <source>The copy was not saved: %1</source>
        <translation>La copie n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Add expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <source>Edit expense</source>
        <translation>Modifier la dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="101"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="102"/>
        <source>Date paid</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="104"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="105"/>
        <source>e.g. 45.00</source>
        <translation>p. ex. 45.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="107"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="111"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="115"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="116"/>
        <source>optional, e.g. new headset</source>
        <translation>facultatif, p. ex. nouveau casque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="118"/>
        <source>Receipt</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="119"/>
        <source>No receipt</source>
        <translation>Sans reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="124"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="125"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="128"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="129"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="130"/>
        <source>&amp;Receipt</source>
        <translation>Re&amp;çu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="131"/>
        <source>Add the receipt&apos;s file in Evidence first; then choose it here.</source>
        <translation>Ajoutez d&apos;abord le fichier du reçu dans Preuves, puis choisissez-le ici.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="160"/>
        <source>Add a client first: an expense is for the work of a client.</source>
        <translation>Ajoutez d&apos;abord un client : une dépense se rattache au travail d&apos;un client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="162"/>
        <source>Enter the amount you paid.</source>
        <translation>Saisissez le montant payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="165"/>
        <source>An expense of zero costs nothing.</source>
        <translation>Une dépense de zéro ne coûte rien.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="31"/>
        <source>How was this worked out? %1</source>
        <translation>Comment est-ce calculé ? %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="34"/>
        <source>How the figures were worked out</source>
        <translation>Comment les chiffres ont été calculés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Overtime</source>
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>Minimum wage</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>App-based pay floor</source>
        <translation>Plancher de paie des plateformes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="47"/>
        <source>Paid and owed</source>
        <translation>Payé et dû</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="53"/>
        <source>Each figure below with its rule, its source, the inputs and the arithmetic, workweek by workweek, so that you or a clinic can check it by hand. An estimate — not legal advice.</source>
        <translation>Chaque chiffre ci-dessous avec sa règle, sa source, les données et le calcul, semaine de travail par semaine de travail, pour que vous ou une permanence juridique puissiez le vérifier à la main. Une estimation — pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="67"/>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="148"/>
        <source>Record an extension claimed by %1</source>
        <translation>Enregistrer une prolongation demandée par %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="149"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="151"/>
        <source>Told on</source>
        <translation>Annoncée le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>optional: the reason the client gave</source>
        <translation>facultatif : le motif donné par le client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="154"/>
        <source>&amp;Told on</source>
        <translation>&amp;Annoncée le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="155"/>
        <source>&amp;Reason given</source>
        <translation>&amp;Motif donné</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="340"/>
        <source>Set up Contractor Ledger</source>
        <translation>Configurer Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="345"/>
        <source>Open my records</source>
        <translation>Ouvrir mes registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="375"/>
        <source>Cancel setup?</source>
        <translation>Annuler la configuration ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="376"/>
        <source>Your new records hold nothing yet. Cancel setup and remove them? You can set up again next time you open the app.</source>
        <translation>Vos nouveaux registres sont encore vides. Annuler la configuration et les supprimer ? Vous pourrez recommencer à la prochaine ouverture de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>ForgottenTimerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="31"/>
        <source>Is the timer still needed?</source>
        <translation>Le minuteur est-il encore utile ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="34"/>
        <source>The timer for %1 has been running since %2. Stop it at the time you finished?</source>
        <translation>Le minuteur pour %1 tourne depuis %2. L&apos;arrêter à l&apos;heure où vous avez fini ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="44"/>
        <source>When you finished</source>
        <translation>Quand vous avez fini</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="47"/>
        <source>Stop at this time</source>
        <translation>Arrêter à cette heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="48"/>
        <source>Keep it running</source>
        <translation>Le laisser tourner</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Edit the incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Add an incident</source>
        <translation>Ajouter un incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="250"/>
        <source>Kind of incident</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>None (another company)</source>
        <translation>Aucun (autre entreprise)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Who sent the notice or is in the dispute (empty: the client&apos;s legal name)</source>
        <translation>Qui a envoyé l&apos;avis ou est partie au litige (vide : la raison sociale du client)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>&amp;Notice received on</source>
        <translation>&amp;Avis reçu le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>Notice received on</source>
        <translation>Avis reçu le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="255"/>
        <source>Data involved</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="256"/>
        <source>As the notice lists it: name, ID number, bank account…</source>
        <translation>Tel que l&apos;avis l&apos;indique : nom, numéro d&apos;identité, compte bancaire…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="258"/>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="259"/>
        <source>One per line: froze credit, changed passwords, complained to the regulator…</source>
        <translation>Une par ligne : crédit gelé, mots de passe changés, plainte au régulateur…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="262"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Account or worker id, claim code, fraud events…</source>
        <translation>Compte ou identifiant, numéro de réclamation, événements de fraude…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="264"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="265"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="266"/>
        <source>Co&amp;mpany</source>
        <translation>E&amp;ntreprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="269"/>
        <source>&amp;Data involved</source>
        <translation>&amp;Données concernées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="270"/>
        <source>Ste&amp;ps taken</source>
        <translation>Mesures &amp;prises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="271"/>
        <source>C&amp;osts</source>
        <translation>C&amp;oûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="272"/>
        <source>T&amp;ime spent</source>
        <translation>Te&amp;mps passé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="273"/>
        <source>So far, in all: credit monitoring, postage, lost pay; and your time.</source>
        <translation>Jusqu&apos;ici, en tout : surveillance du crédit, affranchissement, paie perdue ; et votre temps.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="274"/>
        <source>St&amp;atus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="275"/>
        <source>No&amp;te</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="295"/>
        <source>Name the company involved, or choose the client it concerns.</source>
        <translation>Nommez l&apos;entreprise concernée, ou choisissez le client en cause.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Edit invoice</source>
        <translation>Modifier la facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Add invoice or claim</source>
        <translation>Ajouter une facture ou une réclamation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="46"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="48"/>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="49"/>
        <source>optional, e.g. 2026-014</source>
        <translation>facultatif, p. ex. 2026-014</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="51"/>
        <source>Amount billed</source>
        <translation>Montant facturé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="52"/>
        <source>e.g. 640.00</source>
        <translation>p. ex. 640.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="54"/>
        <source>Date issued</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="55"/>
        <source>Work from</source>
        <translation>Travail du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="56"/>
        <source>Work to</source>
        <translation>Travail au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="57"/>
        <source>The invoice sets a due date:</source>
        <translation>La facture fixe une échéance :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="58"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="64"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="65"/>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="66"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="68"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Émise le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>Work it bills</source>
        <translation>Travail facturé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="70"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="72"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Save invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Add invoice</source>
        <translation>Ajouter une facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="103"/>
        <source>Otherwise due %1 days after the work, by your payment terms with this client.</source>
        <translation>Sinon dû %1 jours après le travail, selon vos conditions de paiement avec ce client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="106"/>
        <source>Otherwise due by the deadline of the freelancer payment law where you work, if one applies (estimate — not legal advice).</source>
        <translation>Sinon dû au délai de la loi sur le paiement des indépendants là où vous travaillez, s&apos;il y en a une (estimation — pas un avis juridique).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="118"/>
        <source>Add a client first: an invoice is sent to a client.</source>
        <translation>Ajoutez d&apos;abord un client : une facture est envoyée à un client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="120"/>
        <source>Enter the amount billed.</source>
        <translation>Saisissez le montant facturé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="123"/>
        <source>An invoice of zero bills nothing.</source>
        <translation>Une facture de zéro ne facture rien.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="126"/>
        <source>The work it bills ends before it starts.</source>
        <translation>Le travail facturé finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="129"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>L&apos;échéance précède la fin du travail facturé.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="224"/>
        <source>Automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="281"/>
        <source>Contractor Ledger keeps running here, with your timer. Use Quit in this menu to close it.</source>
        <translation>Contractor Ledger continue de tourner ici, avec votre minuteur. Utilisez Quitter dans ce menu pour le fermer.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="163"/>
        <source>Link “%1”</source>
        <translation>Lier « %1 »</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="170"/>
        <source>Kind of record to link to</source>
        <translation>Type de registre à lier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>A client</source>
        <translation>Un client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>Work entries (newest first)</source>
        <translation>Entrées de travail (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Payments (newest first)</source>
        <translation>Paiements (les plus récents d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="176"/>
        <source>Type to narrow the list: a date, a client, a note…</source>
        <translation>Tapez pour filtrer la liste : une date, un client, une note…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="177"/>
        <source>Filter the records</source>
        <translation>Filtrer les registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="182"/>
        <source>Records to link to</source>
        <translation>Registres à lier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="189"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="194"/>
        <source>Link to</source>
        <translation>Lier à</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="195"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="197"/>
        <source>Tick what this file is proof of. A file can be linked to several records.</source>
        <translation>Cochez ce dont ce fichier est la preuve. Un fichier peut être lié à plusieurs registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="209"/>
        <source>Nothing of this kind is recorded yet.</source>
        <translation>Rien de ce type n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="214"/>
        <source>1 record chosen</source>
        <translation>1 registre choisi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="215"/>
        <source>%1 records chosen</source>
        <translation>%1 registres choisis</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Pay</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Data &amp;&amp; privacy</source>
        <translation>Données et vie privée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <location filename="../../contractor_app/gui/main_window.py" line="491"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="215"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="222"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle entrée…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="223"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="224"/>
        <source>&amp;Delete selected entries</source>
        <translation>&amp;Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="227"/>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Start timer</source>
        <translation>Démarrer le minu&amp;teur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="230"/>
        <source>Kept %1 as evidence, linked to the running work.</source>
        <translation>%1 conservé comme preuve, lié au travail en cours.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="231"/>
        <source>&amp;Capture evidence</source>
        <translation>&amp;Capturer une preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="233"/>
        <source>Capture a screen &amp;region…</source>
        <translation>Capturer une &amp;zone de l&apos;écran…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="235"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="236"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="238"/>
        <source>Add &amp;client…</source>
        <translation>Ajouter un &amp;client…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="240"/>
        <source>Record &amp;payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="242"/>
        <source>Add &amp;invoice…</source>
        <translation>Aj&amp;outer une facture…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="246"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="248"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis c&amp;lavier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="249"/>
        <source>&amp;About Contractor Ledger</source>
        <translation>À propos &amp;de Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="272"/>
        <source>&amp;Timer</source>
        <translation>&amp;Minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="283"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="292"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Verrouiller  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="293"/>
        <source>Lock your records</source>
        <translation>Verrouiller vos registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="305"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="336"/>
        <source>Encrypted on this computer</source>
        <translation>Chiffré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="337"/>
        <source>Your records are encrypted with your password and stay on this computer; nothing is sent anywhere.</source>
        <translation>Vos registres sont chiffrés avec votre mot de passe et restent sur cet ordinateur ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Stop timer</source>
        <translation>Arrê&amp;ter le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="455"/>
        <source>•  timer running</source>
        <translation>•  en cours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>Start or stop the timer</source>
        <translation>Démarrer ou arrêter le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Switch views</source>
        <translation>Changer de vue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Delete selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="493"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="495"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="515"/>
        <source>records check running…</source>
        <translation>contrôle des registres en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/main_window.py" line="525"/>
        <source>%n problems found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="532"/>
        <source>records check: %1. Nothing was changed; run Verify from the command line for details.</source>
        <translation>contrôle des registres : %1. Rien n&apos;a été modifié ; lancez Verify en ligne de commande pour les détails.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="538"/>
        <source>records check OK %1</source>
        <translation>contrôle des registres OK %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="557"/>
        <source>no backup yet</source>
        <translation>pas encore de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="558"/>
        <source>A backup is made automatically when you lock, once a day, if your records changed.</source>
        <translation>Une sauvegarde est faite automatiquement au verrouillage, une fois par jour, si vos registres ont changé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="565"/>
        <source>Your latest backup: %1</source>
        <translation>Votre dernière sauvegarde : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="567"/>
        <source>last backup %1: back up soon</source>
        <translation>dernière sauvegarde %1 : sauvegardez bientôt</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="570"/>
        <source>last backup %1</source>
        <translation>dernière sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>NewTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="184"/>
        <source>New pay terms</source>
        <translation>Nouvelles conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="186"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="190"/>
        <source>First day the new terms apply</source>
        <translation>Premier jour d&apos;application des nouvelles conditions</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;From</source>
        <translation>&amp;À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="193"/>
        <source>Work before this day keeps the terms in force then; work from this day is paid at the new terms.</source>
        <translation>Le travail avant ce jour garde les conditions alors en vigueur ; le travail à partir de ce jour est payé aux nouvelles conditions.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="195"/>
        <source>Save new terms</source>
        <translation>Enregistrer les nouvelles conditions</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="208"/>
        <source>No pay terms yet.</source>
        <translation>Pas encore de conditions de paie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="210"/>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="220"/>
        <source>Add an engagement first: pay terms belong to one.</source>
        <translation>Ajoutez d&apos;abord une mission : les conditions de paie s&apos;y rattachent.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="92"/>
        <source>known</source>
        <translation>connu</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="70"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="72"/>
        <source>Invoice or why not</source>
        <translation>Facture ou pourquoi pas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="77"/>
        <source>(short by %1)</source>
        <translation>(il manque %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>— to match</source>
        <translation>— à associer</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="128"/>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="130"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="88"/>
        <source>Choose a password</source>
        <translation>Choisissez un mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="89"/>
        <source>It unlocks your records each time you open the app.</source>
        <translation>Il déverrouille vos registres à chaque ouverture de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="91"/>
        <source>Create my records</source>
        <translation>Créer mes registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="93"/>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="96"/>
        <source>If you lose both your password and your recovery key, nobody can open your records. Not even us: there is no copy anywhere else.</source>
        <translation>Si vous perdez à la fois votre mot de passe et votre clé de récupération, personne ne pourra ouvrir vos registres. Pas même nous : il n&apos;en existe aucune copie ailleurs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="102"/>
        <source>Creating your records</source>
        <translation>Création de vos registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="105"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="107"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="33"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="36"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="37"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="39"/>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="44"/>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="46"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="50"/>
        <source>Think your recovery key leaked? Type your current password above and issue a new one: the old one stops working. (If your password leaked, change it: copies of your files from before stop opening with it.)</source>
        <translation>Vous pensez que votre clé de récupération a fuité ? Saisissez votre mot de passe actuel ci-dessus et émettez-en une nouvelle : l&apos;ancienne cesse de fonctionner. (Si votre mot de passe a fuité, changez-le : les copies antérieures de vos fichiers ne s&apos;ouvrent plus avec lui.)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="54"/>
        <source>Issue a new recovery key</source>
        <translation>Émettre une nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="64"/>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="69"/>
        <source>C&amp;urrent password</source>
        <translation>Mot de passe a&amp;ctuel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="70"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="72"/>
        <source>Re&amp;peat it</source>
        <translation>Ré&amp;pétez-le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="95"/>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="104"/>
        <source>Changing the password…</source>
        <translation>Changement du mot de passe…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="111"/>
        <source>Moving your records to a new key…</source>
        <translation>Passage de vos registres à une nouvelle clé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="124"/>
        <source>Password changed. Use the new one from now on: the old one no longer opens your records, not even with a copy of your files from before. Your recovery key still works. Backups made before open with the password you had then.</source>
        <translation>Mot de passe changé. Utilisez le nouveau désormais : l&apos;ancien n&apos;ouvre plus vos registres, même avec une copie antérieure de vos fichiers. Votre clé de récupération fonctionne toujours. Les sauvegardes plus anciennes s&apos;ouvrent avec le mot de passe que vous aviez alors.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="136"/>
        <source>Your new recovery key is below, shown only now: write it down and keep it away from this computer. The old one no longer works, except for backups made before now.</source>
        <translation>Votre nouvelle clé de récupération est ci-dessous, affichée seulement maintenant : notez-la et gardez-la loin de cet ordinateur. L&apos;ancienne ne fonctionne plus, sauf pour les sauvegardes faites avant maintenant.</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="89"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="296"/>
        <source>Balance per client</source>
        <translation>Solde par client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="92"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="93"/>
        <source>Invoices and claims</source>
        <translation>Factures et réclamations</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="94"/>
        <source>Late payments</source>
        <translation>Paiements en retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="101"/>
        <source>Record payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="102"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="107"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="103"/>
        <source>Edit the selected payment</source>
        <translation>Modifier le paiement sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="104"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="109"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="105"/>
        <source>Delete the selected payment</source>
        <translation>Supprimer le paiement sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="106"/>
        <source>Add invoice…</source>
        <translation>Ajouter une facture…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="108"/>
        <source>Edit the selected invoice</source>
        <translation>Modifier la facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="110"/>
        <source>Delete the selected invoice</source>
        <translation>Supprimer la facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="111"/>
        <source>Import statement…</source>
        <translation>Importer un relevé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="122"/>
        <source>No payments received in this period. When money arrives, record it here: gross amount, fees, and the work it pays for.</source>
        <translation>Aucun paiement reçu sur cette période. Quand l&apos;argent arrive, enregistrez-le ici : montant brut, frais et le travail qu&apos;il paie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="124"/>
        <source>No invoices or claims. Add the invoices you send (or what a platform owes you for a period) to see when each is due and what is late.</source>
        <translation>Aucune facture ni réclamation. Ajoutez les factures que vous envoyez (ou ce qu&apos;une plateforme vous doit pour une période) pour voir l&apos;échéance de chacune et ce qui est en retard.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="126"/>
        <source>No late payments in this period.</source>
        <translation>Aucun paiement en retard sur cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="129"/>
        <source>Payments, invoices and late payments</source>
        <translation>Paiements, factures et retards de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="136"/>
        <source>To match (0)</source>
        <translation>À associer (0)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="138"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="144"/>
        <source>How was this worked out?</source>
        <translation>Comment est-ce calculé ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="147"/>
        <source>How was this worked out? For the selected client</source>
        <translation>Comment est-ce calculé ? Pour le client sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="148"/>
        <source>The rule, its source, the inputs and the arithmetic behind each figure of the selected client, week by week. Or activate a figure.</source>
        <translation>La règle, sa source, les données et le calcul derrière chaque chiffre du client sélectionné, semaine par semaine. Ou activez un chiffre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="164"/>
        <source>Paid per hour counts every hour you worked, unpaid time included. The minimum wage is judged on what your agreed terms pay, week by week: money not yet received is owed, not underpaid. Minimum wage figures are an estimate — not legal advice.</source>
        <translation>Le payé par heure compte chaque heure travaillée, temps non payé compris. Le salaire minimum est jugé sur ce que paient vos conditions convenues, semaine par semaine : l&apos;argent pas encore reçu est dû, pas sous-payé. Les chiffres du salaire minimum sont une estimation — pas un avis juridique.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="173"/>
        <source>No clients yet. Add the platform or company that pays you; then record what it pays and what you bill it here.</source>
        <translation>Pas encore de client. Ajoutez la plateforme ou l&apos;entreprise qui vous paie ; puis enregistrez ici ce qu&apos;elle paie et ce que vous lui facturez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="177"/>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="190"/>
        <source>Pay</source>
        <translation>Paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="209"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="212"/>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="220"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="221"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="226"/>
        <source>Client filter</source>
        <translation>Filtre client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="227"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="314"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="277"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="432"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="307"/>
        <source>! %1 overdue</source>
        <translation>! %1 en retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="324"/>
        <source>No work recorded yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Aucun travail enregistré pour l&apos;instant. Démarrez le minuteur, ou ajoutez une saisie pour un travail déjà fait (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="327"/>
        <source>No work in this period (%1). Choose &quot;All time&quot; to see every balance.</source>
        <translation>Aucun travail sur cette période (%1). Choisissez &quot;Toute la période&quot; pour voir tous les soldes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="331"/>
        <source>No payments recorded yet. When money arrives, record it here (Ctrl+Shift+P): gross amount, fees, and the work it pays for.</source>
        <translation>Aucun paiement enregistré pour l&apos;instant. Quand l&apos;argent arrive, enregistrez-le ici (Ctrl+Maj+P) : montant brut, frais et le travail qu&apos;il règle.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="335"/>
        <source>No payments recorded in this period (%1). Payments outside it: %2. Choose &quot;All time&quot; to see them.</source>
        <translation>Aucun paiement enregistré sur cette période (%1). Paiements hors de celle-ci : %2. Choisissez &quot;Toute la période&quot; pour les voir.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="342"/>
        <source>Overdue invoices: %1</source>
        <translation>Factures en retard : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="344"/>
        <source>payments that came late in this period: %1</source>
        <translation>paiements arrivés en retard sur cette période : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="349"/>
        <source>See Invoices and Late payments for the deadline that applies (estimate — not legal advice).</source>
        <translation>Voir Factures et Retards de paiement pour le délai applicable (estimation — pas un avis juridique).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="355"/>
        <source>Payments received (%1)</source>
        <translation>Paiements reçus (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="356"/>
        <source>Invoices and claims (%1)</source>
        <translation>Factures et réclamations (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="358"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="361"/>
        <source>Late payments (%1)</source>
        <translation>Retards de paiement (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="423"/>
        <source>Payment deleted. Undo with Ctrl+Z.</source>
        <translation>Paiement supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="431"/>
        <source>Statement imported. Payments with no client wait under To match.</source>
        <translation>Relevé importé. Les paiements sans client attendent dans À associer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="436"/>
        <source>To match (%1)</source>
        <translation>À associer (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="462"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Facture supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <source>Edit payment</source>
        <translation>Modifier le paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Record payment</source>
        <translation>Enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="52"/>
        <source>Amount received, before fees</source>
        <translation>Montant reçu, avant frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="53"/>
        <source>e.g. 350.00</source>
        <translation>p. ex. 350.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="55"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="57"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="187"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="58"/>
        <source>optional: platform or transfer fees</source>
        <translation>facultatif : frais de plateforme ou de virement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="60"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="188"/>
        <source>Deductions</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="61"/>
        <source>optional: tax withheld, other deductions</source>
        <translation>facultatif : impôt retenu, autres retenues</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="63"/>
        <source>Net amount</source>
        <translation>Montant net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="64"/>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="68"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="73"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="74"/>
        <source>transaction id, payout number…</source>
        <translation>identifiant de transaction, numéro de versement…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="76"/>
        <source>What it pays for</source>
        <translation>Ce qu&apos;il paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="77"/>
        <source>It pays for work from</source>
        <translation>Il paie le travail du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="78"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="79"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="81"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="84"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="85"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Montant reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="87"/>
        <source>&amp;Fees</source>
        <translation>&amp;Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="88"/>
        <source>&amp;Deductions</source>
        <translation>Re&amp;tenues</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="89"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="90"/>
        <source>Date &amp;received</source>
        <translation>Date de &amp;réception</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="91"/>
        <source>&amp;Method</source>
        <translation>Mo&amp;yen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="92"/>
        <source>R&amp;eference</source>
        <translation>Réf&amp;érence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="93"/>
        <source>&amp;Pays for</source>
        <translation>Rè&amp;gle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="96"/>
        <source>The period decides which work the payment counts against, and when it was due. Paying an invoice covers the invoice&apos;s period unless you set one.</source>
        <translation>La période décide sur quel travail le paiement compte, et quand il était dû. Payer une facture couvre la période de la facture, sauf si vous en indiquez une.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Save payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="142"/>
        <source>Nothing in particular</source>
        <translation>Rien de particulier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="148"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="177"/>
        <source>Add a client first: a payment comes from a client.</source>
        <translation>Ajoutez d&apos;abord un client : un paiement vient d&apos;un client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="180"/>
        <source>%1 pays in %2; record the amount that arrived in %2.</source>
        <translation>%1 paie en %2 ; enregistrez le montant arrivé en %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="183"/>
        <source>Enter the amount you received.</source>
        <translation>Saisissez le montant reçu.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="186"/>
        <source>A payment of zero is not a payment.</source>
        <translation>Un paiement de zéro n&apos;est pas un paiement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="190"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Les frais et retenues dépassent le montant payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="214"/>
        <source>Covers the invoice&apos;s period, %1.</source>
        <translation>Couvre la période de la facture, %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="31"/>
        <source>Client filter</source>
        <translation>Filtre client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="33"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="35"/>
        <source>Privacy report…</source>
        <translation>Rapport de confidentialité…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="36"/>
        <source>Make the privacy report or a data-access request letter from these records</source>
        <translation>Établir le rapport de confidentialité ou une lettre de demande d&apos;accès aux données à partir de ces registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Données et vie privée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Data you handled</source>
        <translation>Données que vous avez traitées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Collected about you</source>
        <translation>Collecté sur vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="47"/>
        <source>Breaches and disputes</source>
        <translation>Violations et litiges</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="50"/>
        <source>&amp;Add data you handled…</source>
        <translation>&amp;Ajouter des données traitées…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="51"/>
        <source>Record the data your work involves for each client: voice recordings, medical images, chat logs, and whose data it is. It shows what you were trusted with, and goes into your privacy report.</source>
        <translation>Enregistrez les données que votre travail implique pour chaque client : enregistrements vocaux, images médicales, historiques de discussion, et à qui elles appartiennent. Cela montre ce qui vous a été confié, et figure dans votre rapport de confidentialité.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="57"/>
        <source>&amp;Add what was collected…</source>
        <translation>&amp;Ajouter ce qui a été collecté…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="58"/>
        <source>Record what the platform collects about you: screen recording, webcam, ID checks, and what you agreed to. It goes into your privacy report and a data-access request.</source>
        <translation>Enregistrez ce que la plateforme collecte sur vous : enregistrement d&apos;écran, webcam, contrôles d&apos;identité, et ce que vous avez accepté. Cela figure dans votre rapport de confidentialité et dans une demande d&apos;accès aux données.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="64"/>
        <source>&amp;Add an incident…</source>
        <translation>&amp;Ajouter un incident…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="65"/>
        <source>Got a data breach notice, or in a dispute with a client? Record when it happened, the data involved, the steps you took, and what it cost you in money and time. Keep the letters as evidence.</source>
        <translation>Vous avez reçu un avis de violation de données, ou êtes en litige avec un client ? Notez quand c&apos;est arrivé, les données concernées, les mesures prises, et ce que cela vous a coûté en argent et en temps. Conservez les lettres comme preuves.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="78"/>
        <source>Access requests</source>
        <translation>Demandes d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="87"/>
        <source>What data your work involves, what platforms collect about you, and what happened to it. Everything here stays on this computer and goes into your privacy report and data-access request letters.</source>
        <translation>Les données que votre travail implique, ce que les plateformes collectent sur vous, et ce qu&apos;il en est advenu. Tout reste sur cet ordinateur et figure dans votre rapport de confidentialité et vos lettres de demande d&apos;accès.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="106"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="23"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="29"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="63"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="97"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="32"/>
        <source>Client for the new entry</source>
        <translation>Client de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="34"/>
        <source>Category for the new entry</source>
        <translation>Catégorie de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="40"/>
        <source>Date of the new entry</source>
        <translation>Date de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="43"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="46"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="48"/>
        <source>tasks (optional)</source>
        <translation>tâches (facultatif)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="49"/>
        <source>Units done</source>
        <translation>Unités faites</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="52"/>
        <source>Note for the new entry</source>
        <translation>Note de la nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="53"/>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="66"/>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="113"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="104"/>
        <source>Add a client first.</source>
        <translation>Ajoutez d&apos;abord un client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="112"/>
        <source>That ends later than now. Log work once it is done, or use the timer.</source>
        <translation>Cela finit après maintenant. Saisissez le travail une fois fait, ou utilisez le minuteur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="115"/>
        <source>Units must be a positive number.</source>
        <translation>Les unités doivent être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="130"/>
        <source> (ends the next day)</source>
        <translation> (finit le lendemain)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>&amp;Started on</source>
        <translation>&amp;Commencé le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>&amp;Ended on</source>
        <translation>&amp;Terminé le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="72"/>
        <source>Edit the selected record</source>
        <translation>Modifier le registre sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="75"/>
        <source>Delete the selected record</source>
        <translation>Supprimer le registre sélectionné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="96"/>
        <source>The selected record in full</source>
        <translation>Le registre sélectionné en entier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="110"/>
        <source>(empty list)</source>
        <translation>(liste vide)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="112"/>
        <source>Show all clients</source>
        <translation>Afficher tous les clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="160"/>
        <source>Nothing recorded here for %1.</source>
        <translation>Rien d&apos;enregistré ici pour %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="181"/>
        <source>Select a record to see it in full.</source>
        <translation>Sélectionnez un registre pour le voir en entier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="215"/>
        <source>Saved. It is not shown for the client chosen above.</source>
        <translation>Enregistré. Il n&apos;apparaît pas pour le client choisi ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="226"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Supprimé. Annulez avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="167"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="168"/>
        <source>If you forget your password, this key opens your records. It is shown only now.</source>
        <translation>Si vous oubliez votre mot de passe, cette clé ouvre vos registres. Elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="176"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="181"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="188"/>
        <source>Write it down, or save or print it, and keep it somewhere safe away from this computer. Anyone who has it can open your records.</source>
        <translation>Notez-la, ou enregistrez-la ou imprimez-la, et gardez-la en lieu sûr loin de cet ordinateur. Quiconque l&apos;a peut ouvrir vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="193"/>
        <source>A saved PDF is as good as the key: anyone who gets the file can open your records. Save it to a USB stick you keep away from this computer, not to a synced or shared folder, and delete other copies once it is printed.</source>
        <translation>Un PDF enregistré vaut la clé : quiconque obtient le fichier peut ouvrir vos registres. Enregistrez-le sur une clé USB gardée loin de cet ordinateur, pas dans un dossier synchronisé ou partagé, et supprimez les autres copies une fois imprimé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="199"/>
        <source>I have stored it safely</source>
        <translation>Je l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="217"/>
        <source>Save the recovery key (anyone with this file can open your records)</source>
        <translation>Enregistrer la clé de récupération (quiconque a ce fichier peut ouvrir vos registres)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="226"/>
        <source>The PDF could not be saved (%1). Nothing else was changed; try another folder.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré (%1). Rien d&apos;autre n&apos;a été modifié ; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="229"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="11"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="14"/>
        <source>Your recovery key is a second way into your records: 32 letters and digits in groups of four, shown once when you set up the app, to print or save as a PDF.</source>
        <translation>Votre clé de récupération est un second accès à vos registres : 32 lettres et chiffres en groupes de quatre, affichée une fois à la configuration de l&apos;application, à imprimer ou à enregistrer en PDF.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="16"/>
        <source>If you forget your password, choose &quot;Forgot your password? Use your recovery key&quot; when you unlock: the key opens your records and you choose a new password. It also opens your backups.</source>
        <translation>Si vous oubliez votre mot de passe, choisissez « Mot de passe oublié ? Utilisez votre clé de récupération » au déverrouillage : la clé ouvre vos registres et vous choisissez un nouveau mot de passe. Elle ouvre aussi vos sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="18"/>
        <source>The app cannot show it again: it is not kept anywhere readable. Changing your password does not change it.</source>
        <translation>L&apos;application ne peut pas la réafficher : elle n&apos;est conservée nulle part de façon lisible. Changer votre mot de passe ne la change pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="20"/>
        <source>If you lose both your password and your recovery key, nobody can open your records, not even the makers of this app.</source>
        <translation>Si vous perdez à la fois votre mot de passe et votre clé de récupération, personne ne pourra ouvrir vos registres, pas même les auteurs de cette application.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="54"/>
        <source>Drag to choose the part of the screen to keep; Escape cancels</source>
        <translation>Faites glisser pour choisir la partie de l&apos;écran à garder ; Échap annule</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="42"/>
        <source>Nothing is logged today yet. Add the work you did, or start the timer.</source>
        <translation>Rien de saisi aujourd&apos;hui pour l&apos;instant. Ajoutez le travail fait, ou démarrez le minuteur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="43"/>
        <source>Did you log today&apos;s work? Unlock your records to add it.</source>
        <translation>Avez-vous saisi le travail du jour ? Déverrouillez vos registres pour l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>RenameEngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="300"/>
        <source>Rename engagement</source>
        <translation>Renommer la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="302"/>
        <source>Engagement name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="305"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="306"/>
        <source>Its entries, pay terms and payments stay with it.</source>
        <translation>Ses entrées, conditions de paie et paiements restent avec elle.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="307"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="316"/>
        <source>An engagement needs a name.</source>
        <translation>Une mission doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="59"/>
        <source>Client the report is about</source>
        <translation>Client concerné par le rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="61"/>
        <source>Period the report covers</source>
        <translation>Période couverte par le rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Everything recorded</source>
        <translation>Tout ce qui est enregistré</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Choose dates…</source>
        <translation>Choisir les dates…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="68"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="71"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="76"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="80"/>
        <source>Paper size</source>
        <translation>Format de papier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="81"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="82"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="85"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="86"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="88"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="113"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="87"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="88"/>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Making the report</source>
        <translation>Création du rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Stop making the report</source>
        <translation>Arrêter la création du rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="109"/>
        <source>Preview of page 1</source>
        <translation>Aperçu de la page 1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="128"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="217"/>
        <source>A %1 is about one client: add a client first (Clients view).</source>
        <translation>Un %1 porte sur un client : ajoutez d&apos;abord un client (vue Clients).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="237"/>
        <source>Making the preview…</source>
        <translation>Création de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="246"/>
        <source>No preview for this report.</source>
        <translation>Pas d&apos;aperçu pour ce rapport.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="249"/>
        <source>Page 1, as it will be saved</source>
        <translation>Page 1, telle qu&apos;elle sera enregistrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="270"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="271"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="288"/>
        <source>Making the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="105"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="91"/>
        <source>Prepare for a lawyer or clinic…</source>
        <translation>Préparer pour un avocat ou une permanence juridique…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="92"/>
        <source>Prepare one file for a lawyer or clinic, with a checker</source>
        <translation>Préparer un seul fichier pour un avocat ou une permanence, avec un vérificateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="93"/>
        <source>One zip with the claim packet, pay summary and privacy report, your entries and payments, your evidence, your anchors and time stamps, and a checker anyone can run without this app.</source>
        <translation>Un zip avec le dossier de réclamation, le récapitulatif de rémunération et le rapport de confidentialité, vos saisies et paiements, vos preuves, vos ancres et horodatages, et un vérificateur que chacun peut lancer sans cette application.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="97"/>
        <source>Share with a union or worker centre…</source>
        <translation>Partager avec un syndicat ou un centre de travailleurs…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="98"/>
        <source>Share your pay figures anonymously with a union or worker centre</source>
        <translation>Partagez vos chiffres de rémunération anonymement avec un syndicat ou un centre de travailleurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="147"/>
        <source>Report choices</source>
        <translation>Choix du rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="165"/>
        <source>Saved the share to %1. Send it to your union or worker centre yourself: the app sends nothing.</source>
        <translation>Partage enregistré dans %1. Envoyez-le vous-même à votre syndicat ou centre de travailleurs : l&apos;application n&apos;envoie rien.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="298"/>
        <source>A bundle for a lawyer or clinic is about one client: choose the client above first.</source>
        <translation>Un dossier pour un avocat ou une permanence porte sur un seul client : choisissez d&apos;abord le client ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="302"/>
        <source>Save the bundle for a lawyer or clinic</source>
        <translation>Enregistrer le dossier pour un avocat ou une permanence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="303"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="316"/>
        <source>Preparing the bundle: three signed reports, your records and evidence…</source>
        <translation>Préparation du dossier : trois rapports signés, vos données et vos preuves…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="322"/>
        <source>Saved %1: 3 signed reports, %2 entries, %3 payments, %4 evidence files, %5 time stamps. Whoever receives it unzips it and runs verify.py (README.txt inside says how). Your key&apos;s fingerprint, to tell them: %6.</source>
        <translation>%1 enregistré : 3 rapports signés, %2 saisies, %3 paiements, %4 fichiers de preuve, %5 horodatages. La personne qui le reçoit le décompresse et lance verify.py (le README.txt à l&apos;intérieur explique comment). L&apos;empreinte de votre clé, à lui communiquer : %6.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="331"/>
        <source>The bundle was not saved: %1</source>
        <translation>Le dossier n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Gathering your records…</source>
        <translation>Collecte de vos registres…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="344"/>
        <source>Saved %1 (%2 entries, %3 payments). It is signed: “Check a report…” can prove later that it was not changed.</source>
        <translation>%1 enregistré (%2 entrées, %3 paiements). Il est signé : « Vérifier un rapport… » pourra prouver plus tard qu&apos;il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="351"/>
        <source>Cancelled: no file was saved.</source>
        <translation>Annulé : aucun fichier n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="353"/>
        <source>The report was not saved: %1</source>
        <translation>Le rapport n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="106"/>
        <source>Keep this as evidence?</source>
        <translation>Garder ceci comme preuve ?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="108"/>
        <source>This image will be kept, encrypted, as evidence of your work for %1.</source>
        <translation>Cette image sera conservée, chiffrée, comme preuve de votre travail pour %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="113"/>
        <source>The captured image</source>
        <translation>L&apos;image capturée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="120"/>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="121"/>
        <source>&amp;Discard</source>
        <translation>&amp;Jeter</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="36"/>
        <source>The password I had on the day of the backup</source>
        <translation>Le mot de passe que j&apos;avais le jour de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="37"/>
        <source>My recovery key</source>
        <translation>Ma clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="42"/>
        <source>Password of the day of the backup</source>
        <translation>Mot de passe du jour de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="46"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="47"/>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="51"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="52"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="53"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="55"/>
        <source>Re&amp;peat it</source>
        <translation>Ré&amp;pétez-le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="65"/>
        <source>It opens with:</source>
        <translation>Elle s&apos;ouvre avec :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="55"/>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="58"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="77"/>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="82"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="99"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Mot de passe incorrect. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="48"/>
        <source>Share with a union or worker centre</source>
        <translation>Partager avec un syndicat ou un centre de travailleurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="56"/>
        <source>First day to share</source>
        <translation>Premier jour à partager</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="57"/>
        <source>Last day to share</source>
        <translation>Dernier jour à partager</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Kind of work</source>
        <translation>Type de travail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Name it</source>
        <translation>La nommer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="65"/>
        <source>Your clients: the kind of work of each, and whether to name it</source>
        <translation>Vos clients : le type de travail de chacun, et s&apos;il faut le nommer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="71"/>
        <source>Everything the share will hold, in plain words</source>
        <translation>Tout ce que le partage contiendra, en mots simples</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="74"/>
        <source>Save share…</source>
        <translation>Enregistrer le partage…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="86"/>
        <source>Unions and worker centres pool anonymous shares to show how platforms pay. The file holds, per month and kind of work: hours in fives, rounded pay, the hourly rate and the minimum wage it was compared with, and late or short payments. No names (unless you tick one), notes, dates or evidence. You send it yourself; the app sends nothing.</source>
        <translation>Les syndicats et centres de travailleurs rassemblent des partages anonymes pour montrer comment les plateformes paient. Le fichier contient, par mois et type de travail : les heures par tranches de cinq, la rémunération arrondie, le taux horaire et le salaire minimum comparé, et les paiements en retard ou incomplets. Aucun nom (sauf si vous en cochez un), note, date ni preuve. Vous l&apos;envoyez vous-même ; l&apos;application n&apos;envoie rien.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="93"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="97"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="102"/>
        <source>What the file will hold:</source>
        <translation>Ce que le fichier contiendra :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="117"/>
        <source>Kind of work for %1</source>
        <translation>Type de travail pour %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="120"/>
        <source>Name %1 in the share</source>
        <translation>Nommer %1 dans le partage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>transcription</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>moderation</source>
        <translation>modération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>writing</source>
        <translation>rédaction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>driving</source>
        <translation>conduite</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="186"/>
        <source>Save the share</source>
        <translation>Enregistrer le partage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="187"/>
        <source>Share files (*.json)</source>
        <translation>Fichiers de partage (*.json)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="199"/>
        <source>The share was not saved: %1</source>
        <translation>Le partage n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="52"/>
        <source>PayPal activity download (CSV)</source>
        <translation>Téléchargement d&apos;activité PayPal (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="53"/>
        <source>Wise statement or transaction history (CSV)</source>
        <translation>Relevé ou historique des transactions Wise (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="54"/>
        <source>Upwork transaction history (CSV)</source>
        <translation>Historique des transactions Upwork (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="55"/>
        <source>Payoneer transactions (CSV)</source>
        <translation>Transactions Payoneer (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="56"/>
        <source>Bank or other payments (CSV, choose its columns)</source>
        <translation>Banque ou autres paiements (CSV, choisissez les colonnes)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="88"/>
        <source>Import a payment statement</source>
        <translation>Importer un relevé de paiements</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="90"/>
        <source>Kind of statement</source>
        <translation>Type de relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="94"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="95"/>
        <source>Match each payment by payer</source>
        <translation>Associer chaque paiement selon son payeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="99"/>
        <source>Statement file</source>
        <translation>Fichier du relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="106"/>
        <source>&amp;Statement</source>
        <translation>&amp;Relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="110"/>
        <source>F&amp;rom</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="116"/>
        <source>Payments in the statement</source>
        <translation>Paiements du relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="119"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="122"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="139"/>
        <source>Only money in from clients becomes a payment: withdrawals, transfers between your balances, refunds and holds are counted and skipped. Importing the same statement again adds nothing.</source>
        <translation>Seul l&apos;argent reçu de clients devient un paiement : retraits, transferts entre vos soldes, remboursements et blocages sont comptés et ignorés. Importer à nouveau le même relevé n&apos;ajoute rien.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="149"/>
        <source>Choose a statement</source>
        <translation>Choisir un relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="150"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="185"/>
        <source>Choose the statement file first.</source>
        <translation>Choisissez d&apos;abord le fichier du relevé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="214"/>
        <source>%n new payments, %1 matched to a client.</source>
        <translation>
            <numerusform>%n nouveau paiement, %1 associé à un client.</numerusform>
            <numerusform>%n nouveaux paiements, %1 associés à un client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="217"/>
        <source>%1: gross %2, fees %3, net %4.</source>
        <translation>%1 : brut %2, frais %3, net %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="221"/>
        <source>Already imported: %1.</source>
        <translation>Déjà importé : %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="223"/>
        <source>Skipped: %1.</source>
        <translation>Ignoré : %1.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="193"/>
        <source>Password strength</source>
        <translation>Solidité du mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="207"/>
        <source>Too short: use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Trop court : utilisez au moins 8 caractères. Quelques mots sans rapport font un mot de passe solide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="208"/>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Faible : facile à deviner. Ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="209"/>
        <source>Fair: could be stronger. Another word would help.</source>
        <translation>Moyen : pourrait être plus solide. Un mot de plus aiderait.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="210"/>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="211"/>
        <source>Very strong.</source>
        <translation>Très solide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="213"/>
        <source>Too common: this is one of the 10,000 passwords anyone with your files tries first. Choose another; a few unrelated words make a strong password.</source>
        <translation>Trop courant : c&apos;est l&apos;un des 10 000 mots de passe que quiconque a vos fichiers essaie en premier. Choisissez-en un autre ; quelques mots sans rapport font un mot de passe solide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="218"/>
        <source>Use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Utilisez au moins 8 caractères. Quelques mots sans rapport font un mot de passe solide.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="53"/>
        <source>Your other computers</source>
        <translation>Vos autres ordinateurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="73"/>
        <source>Keep your records in step on two computers through a folder your own sync tool keeps in step (Syncthing, Nextcloud, Dropbox, a USB stick). The app writes encrypted files there and never sends anything itself.</source>
        <translation>Gardez vos données identiques sur deux ordinateurs grâce à un dossier que votre propre outil de synchronisation tient à jour (Syncthing, Nextcloud, Dropbox, une clé USB). L&apos;application y écrit des fichiers chiffrés et n&apos;envoie jamais rien elle-même.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="78"/>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="80"/>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="81"/>
        <source>The folder your sync tool keeps in step</source>
        <translation>Le dossier que votre outil de synchronisation tient à jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="82"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="83"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="150"/>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="89"/>
        <source>Pairing code from your other computer</source>
        <translation>Code de jumelage de votre autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="90"/>
        <source>To join: the code your other computer shows</source>
        <translation>Pour rejoindre : le code affiché par votre autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="91"/>
        <source>Start syncing here</source>
        <translation>Commencer la synchronisation ici</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="93"/>
        <source>Join with the code</source>
        <translation>Rejoindre avec le code</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="100"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="101"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="102"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="117"/>
        <source>Pairing code</source>
        <translation>Code de jumelage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="114"/>
        <source>Sync folder and paired computers</source>
        <translation>Dossier de synchronisation et ordinateurs jumelés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="120"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="122"/>
        <source>Show the pairing code</source>
        <translation>Afficher le code de jumelage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="125"/>
        <source>A paired computer</source>
        <translation>Un ordinateur jumelé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="126"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="127"/>
        <source>Stop reading the chosen computer&apos;s changes</source>
        <translation>Ne plus lire les modifications de l&apos;ordinateur choisi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="182"/>
        <source>Pairing code: %1
On your other computer, choose the same folder (as your sync tool keeps it there), type this code and press “Join with the code”. Keep it to yourself.</source>
        <translation>Code de jumelage : %1
Sur votre autre ordinateur, choisissez le même dossier (tel que votre outil de synchronisation le tient là-bas), tapez ce code et appuyez sur « Rejoindre avec le code ». Gardez-le pour vous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="200"/>
        <source>Took %n change(s) from your other devices.</source>
        <translation>
            <numerusform>%n modification reprise de vos autres appareils.</numerusform>
            <numerusform>%n modifications reprises de vos autres appareils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="201"/>
        <source>Wrote %n change file(s).</source>
        <translation>
            <numerusform>%n fichier de modifications écrit.</numerusform>
            <numerusform>%n fichiers de modifications écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="202"/>
        <source>Paired with %1.</source>
        <translation>Jumelé avec %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="205"/>
        <source>Waiting: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="206"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="232"/>
        <source> (removed)</source>
        <translation> (retiré)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="233"/>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="234"/>
        <source>This computer: %1</source>
        <translation>Cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>Paired: %1</source>
        <translation>Jumelés : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>none yet</source>
        <translation>aucun pour le moment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="204"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="237"/>
        <source>%n records changed on two computers: choose in Entries.</source>
        <translation>
            <numerusform>%n enregistrement modifié sur deux ordinateurs : choisissez dans Entrées.</numerusform>
            <numerusform>%n enregistrements modifiés sur deux ordinateurs : choisissez dans Entrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="27"/>
        <source>Pay type</source>
        <translation>Type de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="28"/>
        <source>Hourly</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="29"/>
        <source>Per task</source>
        <translation>À la tâche</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="30"/>
        <source>Fixed price</source>
        <translation>Prix fixe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="33"/>
        <location filename="../../contractor_app/gui/rate_fields.py" line="57"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="72"/>
        <source>e.g. 20.00 (in %1)</source>
        <translation>p. ex. 20.00 (en %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="73"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>p. ex. 20.00 (laissez vide si pas encore convenu)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="38"/>
        <source>What one unit of work is called</source>
        <translation>Le nom d&apos;une unité de travail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="39"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="81"/>
        <source>%1 is paid</source>
        <translation>%1 est payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="87"/>
        <source>Paid work</source>
        <translation>Travail payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="89"/>
        <source>Platform fee in percent</source>
        <translation>Frais de plateforme en pourcentage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="90"/>
        <source>e.g. 20 (leave empty if the platform keeps nothing)</source>
        <translation>p. ex. 20 (laissez vide si la plateforme ne garde rien)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="92"/>
        <source>Note on these terms</source>
        <translation>Note sur ces conditions</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="93"/>
        <source>e.g. raise after the annual review</source>
        <translation>p. ex. hausse après l&apos;entretien annuel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="97"/>
        <source>&amp;Pay type</source>
        <translation>T&amp;ype de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="101"/>
        <source>Untick work the client does not pay for, such as unpaid training or assessments: it is still recorded, and shows in your reports as unpaid.</source>
        <translation>Décochez le travail que le client ne paie pas, comme une formation ou des évaluations non payées : il reste enregistré et apparaît comme non payé dans vos rapports.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="104"/>
        <source>Platform &amp;fee (%)</source>
        <translation>&amp;Frais de plateforme (%)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Taux horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Taux par unité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="71"/>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="141"/>
        <source>The platform fee</source>
        <translation>Les frais de plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="143"/>
        <source>The platform fee is a percentage from 0 to 100.</source>
        <translation>Les frais de plateforme sont un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="147"/>
        <source>Enter the new rate.</source>
        <translation>Saisissez le nouveau taux.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="55"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="60"/>
        <source>A rate of zero is not a rate; leave it empty if the work is unpaid.</source>
        <translation>Un taux de zéro n&apos;est pas un taux ; laissez vide si le travail n&apos;est pas payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="66"/>
        <source>Name the unit with one word, such as task or item.</source>
        <translation>Nommez l&apos;unité d&apos;un seul mot, comme tâche ou article.</translation>
    </message>
</context>
<context>
    <name>TimeSpentField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="158"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="159"/>
        <source>Time spent, hours</source>
        <translation>Temps passé, heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="163"/>
        <source>Time spent, minutes</source>
        <translation>Temps passé, minutes</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="52"/>
        <source>Add the platform or company you work for, with your pay terms; then start the timer when you start working.</source>
        <translation>Ajoutez la plateforme ou l&apos;entreprise pour laquelle vous travaillez, avec vos conditions de paie ; puis démarrez le minuteur quand vous commencez à travailler.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="55"/>
        <source>Add client…</source>
        <translation>Ajouter un client…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="65"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="68"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="70"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="74"/>
        <source>Note (optional, can be added later)</source>
        <translation>Note (facultatif, à ajouter plus tard si besoin)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="75"/>
        <source>Note for the timer</source>
        <translation>Note du minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="87"/>
        <source>Time on the timer</source>
        <translation>Temps au minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="92"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="93"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="94"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Stop the timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="149"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="152"/>
        <source>Not running</source>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="157"/>
        <source>Running since %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="168"/>
        <source>Stopped within a minute: nothing was recorded.</source>
        <translation>Arrêté en moins d&apos;une minute : rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="41"/>
        <source>Today&apos;s total</source>
        <translation>Total du jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="45"/>
        <source>Today&apos;s entries</source>
        <translation>Entrées du jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="56"/>
        <source>No entries yet today. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Pas encore d&apos;entrée aujourd&apos;hui. Démarrez le minuteur, ou ajoutez une entrée pour du travail déjà fait (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="64"/>
        <source>&lt;b&gt;Add work you already did&lt;/b&gt; (Ctrl+N)</source>
        <translation>&lt;b&gt;Ajoutez du travail déjà fait&lt;/b&gt; (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="112"/>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="114"/>
        <source>est. %1</source>
        <translation>env. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/today/view.py" line="124"/>
        <source>Added. It overlaps %n other entries; both are kept and flagged.</source>
        <translation>
            <numerusform>Ajoutée. Elle chevauche %n autre entrée ; les deux sont gardées et signalées.</numerusform>
            <numerusform>Ajoutée. Elle chevauche %n autres entrées ; toutes sont gardées et signalées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="37"/>
        <source>Add entry…</source>
        <translation>Ajouter une entrée…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="38"/>
        <source>Capture evidence</source>
        <translation>Capturer une preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="39"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="40"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="82"/>
        <source>Unlock to use the timer</source>
        <translation>Déverrouillez pour utiliser le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="83"/>
        <source>Contractor Ledger: locked</source>
        <translation>Contractor Ledger : verrouillé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="88"/>
        <source>Stop (%1)</source>
        <translation>Arrêter (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="89"/>
        <source>Contractor Ledger: timer running for %1, %2</source>
        <translation>Contractor Ledger : minuteur en marche pour %1, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="93"/>
        <source>Start timer (%1)</source>
        <translation>Démarrer le minuteur (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="94"/>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="96"/>
        <source>Contractor Ledger: timer stopped</source>
        <translation>Contractor Ledger : minuteur arrêté</translation>
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
        <translation>Ajouter un trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="80"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="81"/>
        <source>Date driven</source>
        <translation>Date du trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="83"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="111"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="84"/>
        <source>e.g. 42.5</source>
        <translation>p. ex. 42.5</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="86"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="91"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="92"/>
        <source>optional, e.g. depot to city centre, odometer 10230-10272</source>
        <translation>facultatif, p. ex. dépôt au centre-ville, compteur 10230-10272</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="94"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="95"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="96"/>
        <source>Di&amp;stance</source>
        <translation>Dis&amp;tance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="99"/>
        <source>Priced at the official per-distance rate of your country.</source>
        <translation>Chiffré au tarif officiel par distance de votre pays.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="107"/>
        <source>Add a client first: a trip is for the work of a client.</source>
        <translation>Ajoutez d&apos;abord un client : un trajet est pour le travail d&apos;un client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="109"/>
        <source>Enter the distance you drove.</source>
        <translation>Saisissez la distance parcourue.</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>Import a GPX track</source>
        <translation>Importer une trace GPX</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>GPX tracks (*.gpx)</source>
        <translation>Traces GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="137"/>
        <source>Distance log</source>
        <translation>Journal des distances</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="138"/>
        <source>Add trip…</source>
        <translation>Ajouter un trajet…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="139"/>
        <source>Import GPX…</source>
        <translation>Importer un GPX…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="140"/>
        <source>Delete trip</source>
        <translation>Supprimer le trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="141"/>
        <source>No distance driven in this period. Add a trip from your odometer, or import a GPX track from your phone or bike computer.</source>
        <translation>Aucune distance parcourue sur cette période. Ajoutez un trajet depuis votre compteur, ou importez une trace GPX de votre téléphone ou compteur de vélo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="193"/>
        <source>Imported %n trip(s) from the GPX track.</source>
        <translation>
            <numerusform>%n trajet importé depuis la trace GPX.</numerusform>
            <numerusform>%n trajets importés depuis la trace GPX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="195"/>
        <source>%n track day(s) were already in the log and were skipped.</source>
        <translation>
            <numerusform>%n jour de trace était déjà dans le journal et a été ignoré.</numerusform>
            <numerusform>%n jours de trace étaient déjà dans le journal et ont été ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="46"/>
        <source>Unlock your records - Contractor Ledger</source>
        <translation>Déverrouillez vos registres - Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="53"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="65"/>
        <source>Your records: %1</source>
        <translation>Vos registres : %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="84"/>
        <source>Unlock your records</source>
        <translation>Déverrouillez vos registres</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="86"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="90"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="99"/>
        <source>Forgot your password? Use your recovery key</source>
        <translation>Mot de passe oublié ? Utilisez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="102"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="118"/>
        <source>Use your recovery key</source>
        <translation>Utilisez votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="119"/>
        <source>Type the recovery key you saved when you set up the app (32 letters and digits in groups of four), then choose a new password. The old password stops working.</source>
        <translation>Saisissez la clé de récupération enregistrée à la configuration de l&apos;application (32 lettres et chiffres en groupes de quatre), puis choisissez un nouveau mot de passe. L&apos;ancien cesse de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="123"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="125"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="127"/>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="135"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="136"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="138"/>
        <source>Re&amp;peat it</source>
        <translation>Ré&amp;pétez-le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="139"/>
        <source>Unlock and set the new password</source>
        <translation>Déverrouiller et définir le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="142"/>
        <source>Back to the password</source>
        <translation>Retour au mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="203"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="269"/>
        <source>Your records were replaced by an older copy (%1).</source>
        <translation>Vos registres ont été remplacés par une copie plus ancienne (%1).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="275"/>
        <source>%1 Nothing was changed. Your backup from %2 can restore it.</source>
        <translation>%1 Rien n&apos;a été modifié. Votre sauvegarde du %2 peut le restaurer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="277"/>
        <source>%1 Nothing was changed. Keep this folder as it is, and restore your latest backup to get your records back.</source>
        <translation>%1 Rien n&apos;a été modifié. Laissez ce dossier tel quel, et restaurez votre dernière sauvegarde pour récupérer vos registres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="291"/>
        <source>Restore the latest backup (%1)…</source>
        <translation>Restaurer la dernière sauvegarde (%1)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="301"/>
        <source>Type the password you had on the day of the backup, then restore.</source>
        <translation>Saisissez le mot de passe que vous aviez le jour de la sauvegarde, puis restaurez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="313"/>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="314"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days. The backup opens with the password you had on the day it was made.</source>
        <translation>Remplacer vos registres par la sauvegarde du %1 ?

Vos registres actuels seront mis de côté dans %2 pendant %3 jours. La sauvegarde s&apos;ouvre avec le mot de passe que vous aviez le jour où elle a été faite.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="81"/>
        <source>Check a report…</source>
        <translation>Vérifier un rapport…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="82"/>
        <source>Check a report someone sends back</source>
        <translation>Vérifier un rapport qu&apos;on vous renvoie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="91"/>
        <source>&lt;b&gt;Check a report someone sends back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vérifier un rapport qu&apos;on vous renvoie&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="96"/>
        <source>Tells whether a PDF is exactly the report made here, and whether your records still say the same.</source>
        <translation>Indique si un PDF est exactement le rapport établi ici, et si vos registres disent toujours la même chose.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>Check a report</source>
        <translation>Vérifier un rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="107"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="64"/>
        <source>Welcome to Contractor Ledger</source>
        <translation>Bienvenue dans Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="65"/>
        <source>Your own record of the work you do and the pay you receive.</source>
        <translation>Votre propre registre du travail que vous faites et de la paie que vous recevez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="71"/>
        <source>Log your work each day with a timer or by hand, with the pay terms you agreed.</source>
        <translation>Saisissez votre travail chaque jour avec un minuteur ou à la main, avec les conditions de paie convenues.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="72"/>
        <source>See what you earned, what you were paid and what is still owed to you.</source>
        <translation>Voyez ce que vous avez gagné, ce qu&apos;on vous a payé et ce qu&apos;on vous doit encore.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="73"/>
        <source>Everything stays on this computer, encrypted with your password. Nothing is sent anywhere.</source>
        <translation>Tout reste sur cet ordinateur, chiffré avec votre mot de passe. Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="74"/>
        <source>Setup takes about two minutes.</source>
        <translation>La configuration prend environ deux minutes.</translation>
    </message>
</context>
<context>
    <name>WhereToReachYou</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="152"/>
        <source>Your address</source>
        <translation>Votre adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="153"/>
        <source>Street, city, postcode (optional; shown on reports and claims)</source>
        <translation>Rue, ville, code postal (facultatif ; figure sur les rapports et réclamations)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="157"/>
        <source>Your email or phone</source>
        <translation>Votre e-mail ou téléphone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="158"/>
        <source>Email or phone (optional; shown on claims)</source>
        <translation>E-mail ou téléphone (facultatif ; figure sur les réclamations)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="160"/>
        <source>Your &amp;address</source>
        <translation>Votre &amp;adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="162"/>
        <source>Your email or p&amp;hone</source>
        <translation>Votre e-mail ou &amp;téléphone</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="35"/>
        <source>Edit client details</source>
        <translation>Modifier les détails du client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="47"/>
        <source>Rename engagement</source>
        <translation>Renommer la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="73"/>
        <source>Correct pay terms</source>
        <translation>Corriger les conditions de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="89"/>
        <source>Remove pay terms</source>
        <translation>Supprimer les conditions de paie</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="23"/>
        <source>Ascension Island</source>
        <translation>Île de l’Ascension</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="24"/>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="26"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="27"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="28"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="29"/>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="30"/>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="31"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="32"/>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="33"/>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="34"/>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="35"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="36"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="37"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="38"/>
        <source>Åland Islands</source>
        <translation>Åland, Îles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="39"/>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="40"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="41"/>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="42"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="43"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="44"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="45"/>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="46"/>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="47"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="48"/>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="49"/>
        <source>St. Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="50"/>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="51"/>
        <source>Brunei</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="52"/>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="53"/>
        <source>Caribbean Netherlands</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="54"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="55"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="56"/>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="57"/>
        <source>Bouvet Island</source>
        <translation>île Bouvet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="58"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="59"/>
        <source>Belarus</source>
        <translation>Bélarus</translation>
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
        <translation>Cocos (Keeling), Îles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="63"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo-Kinshasa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="64"/>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="65"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo-Brazzaville</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="66"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="67"/>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="68"/>
        <source>Cook Islands</source>
        <translation>îles Cook</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="69"/>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="70"/>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="71"/>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="72"/>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="73"/>
        <source>Clipperton Island</source>
        <translation>Île Clipperton</translation>
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
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="77"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="78"/>
        <source>Christmas Island</source>
        <translation>Christmas, Île</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="79"/>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="80"/>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="81"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
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
        <translation>Danemark</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="85"/>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="86"/>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="87"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="88"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta et Melilla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="89"/>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="90"/>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="91"/>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="92"/>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="93"/>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="94"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="95"/>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="96"/>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="97"/>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="98"/>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="99"/>
        <source>Falkland Islands</source>
        <translation>Malouines, Îles (Falkland)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="100"/>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="101"/>
        <source>Faroe Islands</source>
        <translation>îles Féroé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="102"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="103"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="104"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="105"/>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="106"/>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="107"/>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="108"/>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groënland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="112"/>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="113"/>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="114"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="115"/>
        <source>Equatorial Guinea</source>
        <translation>Guinée Équatoriale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="116"/>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="117"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="121"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="122"/>
        <source>Hong Kong SAR China</source>
        <translation>R.A.S. chinoise de Hong Kong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="123"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="124"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="125"/>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="126"/>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="127"/>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="128"/>
        <source>Canary Islands</source>
        <translation>Îles Canaries</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="129"/>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="130"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="131"/>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="132"/>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="133"/>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="134"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l&apos;océan Indien</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="135"/>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="136"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="137"/>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="138"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="139"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="140"/>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="141"/>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="142"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="143"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="144"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="145"/>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="146"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="147"/>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="148"/>
        <source>St. Kitts &amp; Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="149"/>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="150"/>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="151"/>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="152"/>
        <source>Cayman Islands</source>
        <translation>îles Caïmans</translation>
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
        <translation>Liban</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="156"/>
        <source>St. Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Libéria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="160"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="161"/>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="162"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="163"/>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="164"/>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="165"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="166"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="167"/>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="168"/>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="169"/>
        <source>St. Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="170"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="171"/>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="172"/>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="173"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="174"/>
        <source>Myanmar (Burma)</source>
        <translation>Birmanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="175"/>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="176"/>
        <source>Macao SAR China</source>
        <translation>R.A.S. chinoise de Macao</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="177"/>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="178"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="179"/>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="180"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="181"/>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="182"/>
        <source>Mauritius</source>
        <translation>Maurice</translation>
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
        <translation>Mexique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="186"/>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="187"/>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="188"/>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="189"/>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="190"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="191"/>
        <source>Norfolk Island</source>
        <translation>île Norfolk</translation>
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
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="195"/>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="196"/>
        <source>Nepal</source>
        <translation>Népal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="197"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="198"/>
        <source>Niue</source>
        <translation>Nioue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="199"/>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="203"/>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="204"/>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="205"/>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="206"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="207"/>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="208"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="209"/>
        <source>Pitcairn Islands</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="210"/>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="211"/>
        <source>Palestinian Territories</source>
        <translation>Territoires palestiniens</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="212"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="213"/>
        <source>Palau</source>
        <translation>Palaos</translation>
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
        <translation>Régions éloignées de l’Océanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="217"/>
        <source>Réunion</source>
        <translation>Réunion, Île de la</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="218"/>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="219"/>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="220"/>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="221"/>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="222"/>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="223"/>
        <source>Solomon Islands</source>
        <translation>Salomon, Îles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="224"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="225"/>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="226"/>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="227"/>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="228"/>
        <source>St. Helena</source>
        <translation>Sainte-Hélène</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="229"/>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="230"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard et île Jan Mayen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="231"/>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="232"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="233"/>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="234"/>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="235"/>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="236"/>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="237"/>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="238"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="239"/>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="240"/>
        <source>Sint Maarten</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
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
        <translation>îles Turques-et-Caïques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="245"/>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="246"/>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="247"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="248"/>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="249"/>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="250"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="251"/>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="252"/>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="253"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
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
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="257"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="258"/>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="259"/>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="260"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="261"/>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="262"/>
        <source>U.S. Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="263"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="264"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="265"/>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="266"/>
        <source>Vatican City</source>
        <translation>État de la Cité du Vatican</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="267"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="268"/>
        <source>Venezuela</source>
        <translation>Vénézuela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="269"/>
        <source>British Virgin Islands</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="270"/>
        <source>U.S. Virgin Islands</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="271"/>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="272"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="273"/>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis et Futuna</translation>
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
        <translation>Yémen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="277"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="278"/>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="279"/>
        <source>Zambia</source>
        <translation>Zambie</translation>
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
        <translation>Un mois compté en jours calendaires ; les week-ends et jours fériés comptent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="24"/>
        <source>{months} months counted in calendar days; weekends and holidays count.</source>
        <translation>{months} mois comptés en jours calendaires ; les week-ends et jours fériés comptent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="25"/>
        <source>{days} days counted in calendar days; weekends and holidays count.</source>
        <translation>{days} jours comptés en jours calendaires ; les week-ends et jours fériés comptent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="26"/>
        <source>A last day on a Saturday or Sunday moves to the Monday; the public holidays where the company is are not known here, so a holiday may move it one working day later.</source>
        <translation>Un dernier jour tombant un samedi ou un dimanche passe au lundi ; les jours fériés du lieu de l&apos;entreprise ne sont pas connus ici, un jour férié peut donc le reporter d&apos;un jour ouvré.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="29"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays).</source>
        <translation>Un dernier jour tombant un samedi, un dimanche ou un jour férié {place} passe au jour ouvré suivant (jours fériés nationaux).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="31"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays; {regional}).</source>
        <translation>Un dernier jour tombant un samedi, un dimanche ou un jour férié {place} passe au jour ouvré suivant (jours fériés nationaux ; {regional}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="33"/>
        <source>The extension claimed on {claimed} came after the first deadline ({first_due}), so it does not move it ({citation}).</source>
        <translation>La prolongation demandée le {claimed} est arrivée après la première échéance ({first_due}), elle ne la déplace donc pas ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="41"/>
        <source>England and Wales</source>
        <translation>en Angleterre et au pays de Galles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="42"/>
        <source>Northern Ireland</source>
        <translation>en Irlande du Nord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="43"/>
        <source>Scotland</source>
        <translation>en Écosse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="44"/>
        <source>local holidays set by Scottish councils are not counted</source>
        <translation>les jours fériés locaux fixés par les conseils écossais ne sont pas comptés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="45"/>
        <source>Ireland</source>
        <translation>en Irlande</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="46"/>
        <source>Germany</source>
        <translation>en Allemagne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="47"/>
        <source>only the nine holidays kept in every Land; a Land&apos;s own (e.g. Epiphany, Corpus Christi, Reformation Day, All Saints) are not counted</source>
        <translation>seulement les neuf jours fériés communs à tous les Länder ; ceux propres à un Land (p. ex. Épiphanie, Fête-Dieu, fête de la Réforme, Toussaint) ne sont pas comptés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="49"/>
        <source>Spain</source>
        <translation>en Espagne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="50"/>
        <source>an autonomous community&apos;s own holidays (e.g. Maundy Thursday, Easter Monday, its national day) and the Mondays some communities give for a national holiday on a Sunday are not counted</source>
        <translation>les jours fériés propres à une communauté autonome (p. ex. Jeudi saint, lundi de Pâques, sa fête) et les lundis que certaines communautés accordent pour un jour férié national tombant un dimanche ne sont pas comptés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="53"/>
        <source>France</source>
        <translation>en France</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="54"/>
        <source>Alsace-Moselle&apos;s Good Friday and 26 December and the overseas departments&apos; own days are not counted</source>
        <translation>le Vendredi saint et le 26 décembre d&apos;Alsace-Moselle et les jours propres aux départements d&apos;outre-mer ne sont pas comptés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="56"/>
        <source>Italy</source>
        <translation>en Italie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="57"/>
        <source>a town&apos;s patron saint&apos;s day is not counted</source>
        <translation>la fête du saint patron d&apos;une ville n&apos;est pas comptée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="58"/>
        <source>the Netherlands</source>
        <translation>aux Pays-Bas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="59"/>
        <source>Poland</source>
        <translation>en Pologne</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="31"/>
        <source>There is already a client named {name!r}; nothing was changed.</source>
        <translation>Il existe déjà un client nommé {name!r} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="32"/>
        <source>{client} already has an engagement named {name!r}; nothing was changed.</source>
        <translation>{client} a déjà une mission nommée {name!r} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="33"/>
        <source>This client already has an engagement named {name!r}; nothing was changed.</source>
        <translation>Ce client a déjà une mission nommée {name!r} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="34"/>
        <source>The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it first.</source>
        <translation>Le minuteur tourne déjà pour {client} depuis le {since:%d/%m/%Y %H:%M} ; arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="36"/>
        <source>The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.</source>
        <translation>L&apos;entrée se termine ({end:%d/%m/%Y %H:%M} UTC) avant ou au moment où elle commence.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="37"/>
        <source>Your records file is damaged ({what}).</source>
        <translation>Le fichier de vos enregistrements est endommagé ({what}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="38"/>
        <source>Your records file is damaged ({what}). {detail}</source>
        <translation>Le fichier de vos enregistrements est endommagé ({what}). {detail}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="39"/>
        <source>This backup is damaged ({what}). Nothing was restored or changed; use another backup.</source>
        <translation>Cette sauvegarde est endommagée ({what}). Rien n&apos;a été restauré ni modifié ; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="41"/>
        <source>This backup is damaged ({what}). {detail} Nothing was restored or changed; use another backup.</source>
        <translation>Cette sauvegarde est endommagée ({what}). {detail} Rien n&apos;a été restauré ni modifié ; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="43"/>
        <source>The backup folder {folder} cannot be used ({reason}). Your records are safe and unchanged; choose another folder in the backup settings.</source>
        <translation>Le dossier de sauvegarde {folder} est inutilisable ({reason}). Vos enregistrements sont intacts ; choisissez un autre dossier dans les réglages des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="45"/>
        <source>Cannot read the backup {path} ({reason}). Nothing was changed.</source>
        <translation>Impossible de lire la sauvegarde {path} ({reason}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="46"/>
        <source>{path} is not a backup file. Nothing was changed.</source>
        <translation>{path} n&apos;est pas un fichier de sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="47"/>
        <source>{name} was refused: {why}. Nothing was added.</source>
        <translation>{name} a été refusé : {why}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="48"/>
        <source>{name} was refused: {why}. Nothing was imported.</source>
        <translation>{name} a été refusé : {why}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="49"/>
        <source>There is no file or folder {path}. Nothing was added.</source>
        <translation>Le fichier ou dossier {path} n&apos;existe pas. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="50"/>
        <source>Cannot read {path}: {reason}. Nothing was added.</source>
        <translation>Impossible de lire {path} : {reason}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="51"/>
        <source>{name} holds no files to keep. Nothing was added.</source>
        <translation>{name} ne contient aucun fichier à conserver. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="52"/>
        <source>{path} is a folder; give the file to import. Nothing was imported.</source>
        <translation>{path} est un dossier ; indiquez le fichier à importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="53"/>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>Impossible de lire {path} : {reason}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="54"/>
        <source>{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported.</source>
        <translation>{name} dépasse {mib} Mio ; découpez-le en fichiers plus petits. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="55"/>
        <source>{name} is empty; there is nothing to keep. Nothing was added.</source>
        <translation>{name} est vide ; il n&apos;y a rien à conserver. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="56"/>
        <source>{path} is not a file; give the file to keep. Nothing was added.</source>
        <translation>{path} n&apos;est pas un fichier ; indiquez le fichier à conserver. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="57"/>
        <source>There is no file {path}. Nothing was added.</source>
        <translation>Le fichier {path} n&apos;existe pas. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="59"/>
        <source>{what} {id} does not exist (it may have been deleted).</source>
        <translation>{what} {id} n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="60"/>
        <source>Units {units} must be a positive number with at most 3 decimal places.</source>
        <translation>Les unités {units} doivent être un nombre positif avec au plus 3 décimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="61"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>La note dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="62"/>
        <source>Kind must be bonus or adjustment, not {kind!r}.</source>
        <translation>Le type doit être bonus ou adjustment, pas {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="63"/>
        <source>Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}</source>
        <translation>{what} a des preuves liées, donc rien n&apos;a été supprimé.{advice}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="64"/>
        <source>This {what} is already back in your records; nothing was changed.</source>
        <translation>Cet élément ({what}) est déjà de retour dans vos enregistrements ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="65"/>
        <source>The client of a deleted {what} no longer exists; it cannot be put back.</source>
        <translation>Le client de cet élément supprimé ({what}) n&apos;existe plus ; il ne peut pas être rétabli.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="66"/>
        <source>Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York.</source>
        <translation>Fuseau horaire inconnu {name!r} : utilisez un nom comme Europe/Berlin ou America/New_York.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="67"/>
        <source>Date and time {text!r} is not understood: use a form like 2026-11-26T09:30.</source>
        <translation>Date et heure {text!r} incompréhensibles : utilisez une forme comme 2026-11-26T09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="68"/>
        <source>{text!r} does not exist in {zone} (the clocks skipped it); check the time.</source>
        <translation>{text!r} n&apos;existe pas dans {zone} (les horloges l&apos;ont sauté) ; vérifiez l&apos;heure.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="69"/>
        <source>Date {text!r} is not understood: use a form like 2026-11-26.</source>
        <translation>Date {text!r} incompréhensible : utilisez une forme comme 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="70"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="71"/>
        <source>Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30.</source>
        <translation>Période {text!r} incompréhensible : utilisez DU..AU, p. ex. 2026-11-01..2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="72"/>
        <source>{what} {text!r} is not a number.</source>
        <translation>{what} : {text!r} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="73"/>
        <source>{what} {text!r} is not a plain number.</source>
        <translation>{what} : {text!r} n&apos;est pas un nombre simple.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="74"/>
        <source>{what} {value} is negative; amounts are recorded as positive numbers.</source>
        <translation>{what} : {value} est négatif ; les montants sont enregistrés en nombres positifs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="75"/>
        <source>{what} {value} has more than {allowed} decimal places for {code}.</source>
        <translation>{what} : {value} a plus de {allowed} décimales pour {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="76"/>
        <source>Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task.</source>
        <translation>Le tarif {text!r} a besoin d&apos;une unité : écrivez 25/h à l&apos;heure ou 0.40/task par tâche.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="77"/>
        <source>Rate unit {unit!r} is not understood: use h, or a word such as task or item.</source>
        <translation>Unité de tarif {unit!r} incompréhensible : utilisez h, ou un mot comme task ou item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="79"/>
        <source>Classification must be contractor or employee, not {classification!r}.</source>
        <translation>La classification doit être contractor ou employee, pas {classification!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="80"/>
        <source>There is no {what} #{id} in your records; nothing was changed.</source>
        <translation>Aucun élément {what} #{id} dans vos enregistrements ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="81"/>
        <source>The rate is in {rate_currency} but the client pays in {currency}.</source>
        <translation>Le tarif est en {rate_currency} mais le client paie en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="82"/>
        <source>Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.</source>
        <translation>Le début de journée {text!r} n&apos;est pas une heure : écrivez HH:MM, p. ex. 06:00, ou midnight.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="83"/>
        <source>No client named {name!r}. Known clients: {known}.</source>
        <translation>Aucun client nommé {name!r}. Clients connus : {known}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="84"/>
        <source>No client named {name!r}. Add one with `client add`.</source>
        <translation>Aucun client nommé {name!r}. Ajoutez-en un avec `client add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="85"/>
        <source>{client} has no engagement named {name!r}.</source>
        <translation>{client} n&apos;a aucune mission nommée {name!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="86"/>
        <source>{client} has no engagement.</source>
        <translation>{client} n&apos;a aucune mission.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="87"/>
        <source>{what} is limited to {limit:,} characters; nothing was changed.</source>
        <translation>{what} : la limite est de {limit:,} caractères ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="88"/>
        <source>{client} pays in {currency}, not {rate_currency}.</source>
        <translation>{client} paie en {currency}, pas en {rate_currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="89"/>
        <source>{engagement} already has pay terms from {effective_from}; choose another day. Nothing was changed.</source>
        <translation>{engagement} a déjà des conditions de paiement à partir du {effective_from} ; choisissez un autre jour. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="91"/>
        <source>Your entry of {day} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>Votre entrée du {day} n&apos;aurait plus de conditions de paiement (les premières commenceraient le {first}). Choisissez un jour antérieur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="93"/>
        <source>{count} entries from {start} to {end} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>{count} entrées du {start} au {end} n&apos;auraient plus de conditions de paiement (les premières commenceraient le {first}). Choisissez un jour antérieur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="95"/>
        <source>Your entry of {day} is paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>Votre entrée du {day} est payée selon ces conditions. Corrigez les conditions au lieu de les supprimer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="97"/>
        <source>{count} entries from {start} to {end} are paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>{count} entrées du {start} au {end} sont payées selon ces conditions. Corrigez les conditions au lieu de les supprimer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="99"/>
        <source>There are no pay terms #{id} in your records; nothing was changed.</source>
        <translation>Aucunes conditions de paiement #{id} dans vos enregistrements ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="100"/>
        <source>Pay type must be hourly, per unit or fixed, not {kind!r}.</source>
        <translation>Le type de paie doit être à l&apos;heure, à l&apos;unité ou forfaitaire, pas {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="101"/>
        <source>The client pays in {currency}, not {rate_currency}; nothing was changed.</source>
        <translation>Le client paie en {currency}, pas en {rate_currency} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="103"/>
        <source>A payment&apos;s method, reference and note are limited to {limit} characters.</source>
        <translation>Le moyen, la référence et la note d&apos;un paiement sont limités à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="104"/>
        <source>{client} pays in {currency}; record the amount that arrived in {currency}.</source>
        <translation>{client} paie en {currency} ; enregistrez le montant arrivé en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="105"/>
        <source>That invoice is not one of {client}&apos;s; choose one of theirs or none.</source>
        <translation>Cette facture n&apos;est pas de {client} ; choisissez l&apos;une des siennes ou aucune.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="106"/>
        <source>An invoice&apos;s number and note are limited to {limit} characters.</source>
        <translation>Le numéro et la note d&apos;une facture sont limités à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="107"/>
        <source>An expense&apos;s category is one of {kinds}; not {kind!r}.</source>
        <translation>La catégorie d&apos;une dépense est l&apos;une de {kinds} ; pas {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="108"/>
        <source>An expense&apos;s note is limited to {limit} characters.</source>
        <translation>La note d&apos;une dépense est limitée à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="109"/>
        <source>There is no evidence #{id} in your records; keep the receipt with `evidence add` first, then name its number.</source>
        <translation>Aucune preuve #{id} dans vos enregistrements ; conservez d&apos;abord le reçu avec `evidence add`, puis indiquez son numéro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="111"/>
        <source>Distance is in km or mi, not {unit!r}.</source>
        <translation>La distance est en km ou mi, pas en {unit!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="112"/>
        <source>A trip of more than {most} {unit} in a day is not believable; check the number.</source>
        <translation>Un trajet de plus de {most} {unit} en une journée n&apos;est pas crédible ; vérifiez le nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="113"/>
        <source>A distance has at most {places} decimal places.</source>
        <translation>Une distance a au plus {places} décimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="114"/>
        <source>A trip&apos;s note is limited to {limit} characters.</source>
        <translation>La note d&apos;un trajet est limitée à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="115"/>
        <source>A rate converts between two currencies: {base} to {base} is not one.</source>
        <translation>Un taux convertit entre deux devises : de {base} à {base} n&apos;en est pas un.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="116"/>
        <source>Rate {rate} is not a positive number of {target} for 1 {base}.</source>
        <translation>Le taux {rate} n&apos;est pas un nombre positif de {target} pour 1 {base}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="117"/>
        <source>Rate {rate} has more than 10 decimal places.</source>
        <translation>Le taux {rate} a plus de 10 décimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="118"/>
        <source>A rate from {base} to {target} on {on} is already recorded (see `rate list`).</source>
        <translation>Un taux de {base} à {target} au {on} est déjà enregistré (voir `rate list`).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="119"/>
        <source>{amount} cannot be {client}&apos;s payment: they pay in {currency}.</source>
        <translation>{amount} ne peut pas être un paiement de {client} : il paie en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="120"/>
        <source>That invoice is not one of {client}&apos;s in {currency}.</source>
        <translation>Cette facture n&apos;est pas l&apos;une de celles de {client} en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="121"/>
        <source>Statement payment {id} does not exist.</source>
        <translation>Le paiement du relevé {id} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="122"/>
        <source>{format!r} statements need no column mapping.</source>
        <translation>Les relevés {format!r} n&apos;ont pas besoin de correspondance de colonnes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="123"/>
        <source>Unknown statement format {format!r}: use one of {formats}.</source>
        <translation>Format de relevé inconnu {format!r} : utilisez l&apos;un de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="124"/>
        <source>No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (date, amount and id needed).</source>
        <translation>Aucune correspondance de colonnes enregistrée pour {name!r} : donnez-en une avec --map FIELD=COLUMN pour les champs {fields} (date, amount et id requis).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="126"/>
        <source>Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _.</source>
        <translation>Nom de source {source!r} : utilisez jusqu&apos;à 60 lettres, chiffres, espaces, points, tirets ou _.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="128"/>
        <source>There is already a file at {path}; nothing was written. Choose another name.</source>
        <translation>Il existe déjà un fichier à {path} ; rien n&apos;a été écrit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="129"/>
        <source>The backup could not be written to {folder} ({reason}). Your records are safe and unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {folder} ({reason}). Vos enregistrements sont intacts.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="131"/>
        <source>Keep between 0 and {most} backups per period, not {value}.</source>
        <translation>Conservez entre 0 et {most} sauvegardes par période, pas {value}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="132"/>
        <source>The backup folder must be a full path, like /home/you/Backups, not {folder!r}.</source>
        <translation>Le dossier de sauvegarde doit être un chemin complet, comme /home/you/Backups, pas {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="133"/>
        <source>Cannot make the folder {folder}: {reason}. Nothing was written.</source>
        <translation>Impossible de créer le dossier {folder} : {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="134"/>
        <source>Evidence #{id} does not match its fingerprint; run `verify`. The export was not written.</source>
        <translation>La preuve #{id} ne correspond pas à son empreinte ; lancez `verify`. L&apos;export n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="136"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="137"/>
        <source>{path} is a folder; give a file name. Nothing was written.</source>
        <translation>{path} est un dossier ; donnez un nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="138"/>
        <source>Choose a place outside your records folder ({folder}); nothing was written.</source>
        <translation>Choisissez un emplacement hors du dossier de vos enregistrements ({folder}) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="139"/>
        <source>Give a file name in an existing folder, not {path}. Nothing was written.</source>
        <translation>Donnez un nom de fichier dans un dossier existant, pas {path}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="140"/>
        <source>Choose a place outside your records folder ({folder}). Nothing was written.</source>
        <translation>Choisissez un emplacement hors du dossier de vos enregistrements ({folder}). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="141"/>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="142"/>
        <source>There are already records in {folder}; nothing was changed.</source>
        <translation>Il y a déjà des enregistrements dans {folder} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="143"/>
        <source>No records found in {folder}. Create them with `contractor-app init`.</source>
        <translation>Aucun enregistrement trouvé dans {folder}. Créez-les avec `contractor-app init`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="144"/>
        <source>Updating your records to this version of the app failed ({error}); they were left exactly as they were. Please report this, and keep using the previous version meanwhile.</source>
        <translation>La mise à jour de vos enregistrements vers cette version de l&apos;application a échoué ({error}) ; ils sont restés exactement tels quels. Signalez-le et continuez d&apos;utiliser la version précédente en attendant.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="148"/>
        <source>No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (start, and end or duration, needed).</source>
        <translation>Aucune correspondance de colonnes enregistrée pour {source!r} : donnez-en une avec --map FIELD=COLUMN pour les champs {fields} (start, et end ou duration, requis).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="150"/>
        <source>Unknown import format {format!r}: use one of {formats}.</source>
        <translation>Format d&apos;import inconnu {format!r} : utilisez l&apos;un de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="151"/>
        <source>{name}, {where}: no client. Choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name}, {where} : aucun client. Choisissez le client de ces entrées avec --client NAME. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="153"/>
        <source>{name} has no clients: choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name} n&apos;a aucun client : choisissez le client de ces entrées avec --client NAME. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="155"/>
        <source>{name} names clients that are not in your records: {listed} and {more} more. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} nomme des clients absents de vos enregistrements : {listed} et {more} de plus. Ajoutez chacun avec `contractor-app client add NAME --rate ...`, ou mettez toutes les entrées sous un seul client avec --client NAME. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="158"/>
        <source>{name} names clients that are not in your records: {listed}. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} nomme des clients absents de vos enregistrements : {listed}. Ajoutez chacun avec `contractor-app client add NAME --rate ...`, ou mettez toutes les entrées sous un seul client avec --client NAME. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="161"/>
        <source>{client} has no engagement to import into. Nothing was imported.</source>
        <translation>{client} n&apos;a aucune mission où importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="162"/>
        <source>Unknown mapping field {field!r}: use {fields}.</source>
        <translation>Champ de correspondance inconnu {field!r} : utilisez {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="163"/>
        <source>The mapping of {name!r} must name a column.</source>
        <translation>La correspondance de {name!r} doit nommer une colonne.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="164"/>
        <source>--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin).</source>
        <translation>--map {pair!r} n&apos;est pas FIELD=COLUMN (p. ex. --map start=Begin).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="165"/>
        <source>{file} has no column {name!r} (columns: {columns}). Nothing was imported.</source>
        <translation>{file} n&apos;a pas de colonne {name!r} (colonnes : {columns}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="166"/>
        <source>{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported.</source>
        <translation>{name} n&apos;est pas un fichier GPX lisible ({problem}, ligne {line}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="167"/>
        <source>{name} has no track with two points or more; nothing to measure. Nothing was imported.</source>
        <translation>{name} n&apos;a aucune trace de deux points ou plus ; rien à mesurer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="169"/>
        <source>{name}: {track} has points without a time, so its days cannot be told; record the trip by hand with `distance add`. Nothing was imported.</source>
        <translation>{name} : {track} a des points sans heure, ses jours ne peuvent donc pas être connus ; enregistrez le trajet à la main avec `distance add`. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="171"/>
        <source>The mapping needs {fields}.</source>
        <translation>La correspondance a besoin de {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="172"/>
        <source>{name}: no column is chosen as the currency; say which client the payments are from (their currency is used) or choose the currency column. Nothing was imported.</source>
        <translation>{name} : aucune colonne n&apos;est choisie comme devise ; dites de quel client viennent les paiements (sa devise est utilisée) ou choisissez la colonne de devise. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="174"/>
        <source>{name} is not a zip file that can be read ({error}). Nothing was added.</source>
        <translation>{name} n&apos;est pas un fichier zip lisible ({error}). Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="176"/>
        <source>This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); nothing was added. Link that one with `evidence link {id}`.</source>
        <translation>Ce fichier est déjà conservé comme preuve #{id} ({name!r}, ajoutée le {added:%d/%m/%Y}) ; rien n&apos;a été ajouté. Liez celle-ci avec `evidence link {id}`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="178"/>
        <source>File type {media_type!r} is not understood: use a form like application/pdf or image/png.</source>
        <translation>Type de fichier {media_type!r} incompréhensible : utilisez une forme comme application/pdf ou image/png.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="180"/>
        <source>Evidence #{id} is not linked to {records}; nothing was changed.</source>
        <translation>La preuve #{id} n&apos;est pas liée à {records} ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="181"/>
        <source>{name!r} is the written contract on file for {client}: change that in Clients first. Nothing was changed.</source>
        <translation>{name!r} est le contrat écrit enregistré pour {client} : modifiez-le d&apos;abord dans Clients. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="183"/>
        <source>{path} already exists; choose a new file name. Nothing was written.</source>
        <translation>{path} existe déjà ; choisissez un nouveau nom de fichier. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="184"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Le dossier {folder} n&apos;existe pas. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="185"/>
        <source>{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller copy or split it. Nothing was added.</source>
        <translation>{name} dépasse {mb} Mo, le maximum pour une preuve ; conservez une copie plus petite ou découpez-le. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="187"/>
        <source>An evidence name is one line of at most {limit} characters.</source>
        <translation>Le nom d&apos;une preuve tient sur une ligne d&apos;au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="188"/>
        <source>Evidence can be linked to {kinds}, not {entity!r}.</source>
        <translation>Une preuve peut être liée à {kinds}, pas à {entity!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="189"/>
        <source>There is no evidence #{id} in your records; `evidence list` shows it all.</source>
        <translation>Aucune preuve #{id} dans vos enregistrements ; `evidence list` les montre toutes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="190"/>
        <source>How the anchor went must be one of {hows}, not {how!r}.</source>
        <translation>La façon dont l&apos;ancre est partie doit être l&apos;une de {hows}, pas {how!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="191"/>
        <source>Where the anchor went is at most {limit} characters.</source>
        <translation>L&apos;endroit où l&apos;ancre est partie tient en {limit} caractères au plus.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="192"/>
        <source>This time stamp is already kept with anchor {code}.</source>
        <translation>Cet horodatage est déjà conservé avec l&apos;ancre {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="193"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="194"/>
        <source>No anchor {code!r} in these records: `anchor list` shows them.</source>
        <translation>Aucune ancre {code!r} dans ces enregistrements : `anchor list` les montre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="195"/>
        <source>The CA file {name} cannot be read: {reason}.</source>
        <translation>Impossible de lire le fichier d&apos;AC {name} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="196"/>
        <source>The CA file {name} is too large to be a certificate bundle.</source>
        <translation>Le fichier d&apos;AC {name} est trop gros pour être un ensemble de certificats.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="197"/>
        <source>The CA file {name} holds no readable certificate (PEM or DER).</source>
        <translation>Le fichier d&apos;AC {name} ne contient aucun certificat lisible (PEM ou DER).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="198"/>
        <source>The authority did not grant this time stamp (status: {status}).</source>
        <translation>L&apos;autorité n&apos;a pas accordé cet horodatage (statut : {status}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="199"/>
        <source>The time stamp uses a digest this app does not accept ({algorithm}).</source>
        <translation>L&apos;horodatage utilise une empreinte que cette application n&apos;accepte pas ({algorithm}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="201"/>
        <source>Paper must be a4 or letter, not {paper!r}.</source>
        <translation>Le papier doit être a4 ou letter, pas {paper!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="202"/>
        <source>Cannot read {name}: {reason}. Nothing was changed.</source>
        <translation>Impossible de lire {name} : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="203"/>
        <source>Unknown report {kind!r}: choose one of {kinds}.</source>
        <translation>Rapport inconnu {kind!r} : choisissez l&apos;un de {kinds}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="204"/>
        <source>A {kind} report is about one client: add --client NAME.</source>
        <translation>Un rapport {kind} porte sur un seul client : ajoutez --client NAME.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="205"/>
        <source>Nothing recorded for {client!r} in this period.</source>
        <translation>Rien d&apos;enregistré pour {client!r} sur cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="206"/>
        <source>Reports can be written in {languages}, not {code!r}.</source>
        <translation>Les rapports peuvent être rédigés en {languages}, pas en {code!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="208"/>
        <source>Paper size must be one of {sizes}, not {choice!r}.</source>
        <translation>Le format de papier doit être l&apos;un de {sizes}, pas {choice!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="209"/>
        <source>The password must have at least {count} characters. Nothing was changed.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="210"/>
        <source>The saved column mapping of {source!r} is damaged; give it again with --map.</source>
        <translation>La correspondance de colonnes enregistrée de {source!r} est endommagée ; redonnez-la avec --map.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="211"/>
        <source>The address is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>L&apos;adresse est trop longue : restez sous {limit} caractères. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="212"/>
        <source>The contact is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>Le contact est trop long : restez sous {limit} caractères. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="214"/>
        <source>Data record #{id} is about data {direction}, not {wanted}; nothing was changed. Add a new record instead.</source>
        <translation>L&apos;enregistrement de données #{id} porte sur des données {direction}, pas {wanted} ; rien n&apos;a été modifié. Ajoutez plutôt un nouvel enregistrement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="216"/>
        <source>Direction must be handled or collected, not {direction!r}.</source>
        <translation>Le sens doit être handled ou collected, pas {direction!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="217"/>
        <source>There is no data record #{id} in your records; `data list` shows them.</source>
        <translation>Aucun enregistrement de données #{id} dans vos enregistrements ; `data list` les montre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="218"/>
        <source>{what} is limited to {limit:,} characters.</source>
        <translation>{what} : la limite est de {limit:,} caractères.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="219"/>
        <source>Give at most {most} of them; group similar kinds of data together.</source>
        <translation>Donnez-en au plus {most} ; regroupez les types de données semblables.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="220"/>
        <source>{what} {value!r} is not one of: {allowed}.</source>
        <translation>{what} : {value!r} n&apos;est pas l&apos;un de ceux-ci : {allowed}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="221"/>
        <source>{day} is in the future; record what has already happened (leave the end date empty while it goes on).</source>
        <translation>{day} est dans le futur ; enregistrez ce qui s&apos;est déjà passé (laissez la date de fin vide tant que cela dure).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="223"/>
        <source>Say which law the request is made under ({laws}): {client}&apos;s jurisdiction does not tell.</source>
        <translation>Dites en vertu de quelle loi la demande est faite ({laws}) : la juridiction de {client} ne le dit pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="225"/>
        <source>The answer cannot come before the request was sent ({sent_on}).</source>
        <translation>La réponse ne peut pas précéder l&apos;envoi de la demande ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="226"/>
        <source>The extension cannot come before the request was sent ({sent_on}).</source>
        <translation>La prolongation ne peut pas précéder l&apos;envoi de la demande ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="227"/>
        <source>There is no access request #{id} in your records; `dsar list` shows them.</source>
        <translation>Aucune demande d&apos;accès #{id} dans vos enregistrements ; `dsar list` les montre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="228"/>
        <source>The steps taken are limited to {limit:,} characters in all.</source>
        <translation>Les mesures prises sont limitées à {limit:,} caractères au total.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="229"/>
        <source>The time spent is limited to {hours:,} hours.</source>
        <translation>Le temps passé est limité à {hours:,} heures.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="230"/>
        <source>{folder} is not a folder of share files.</source>
        <translation>{folder} n&apos;est pas un dossier de fichiers de partage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="231"/>
        <source>{folder} holds more than {most:,} share files; summarise them in parts.</source>
        <translation>{folder} contient plus de {most:,} fichiers de partage ; résumez-les en plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="232"/>
        <source>There is no incident #{id} in your records; `incident list` shows them.</source>
        <translation>Aucun incident #{id} dans vos enregistrements ; `incident list` les montre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="233"/>
        <source>No access request to {client} needs a follow-up on {as_of}: none is past its deadline without an answer, or answered in part. `dsar list` shows them.</source>
        <translation>Aucune demande d&apos;accès à {client} n&apos;a besoin d&apos;une relance au {as_of} : aucune n&apos;a dépassé son délai sans réponse ni n&apos;a reçu de réponse partielle. `dsar list` les montre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="236"/>
        <source>Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP.</source>
        <translation>Code de devise inconnu {code!r} : utilisez un code ISO 4217 comme USD, EUR ou GBP.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="237"/>
        <source>Unknown category {name!r}: choose one of {categories}.</source>
        <translation>Catégorie inconnue {name!r} : choisissez l&apos;une de {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="238"/>
        <source>Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, CA-ON) or a city (US-NY-NYC).</source>
        <translation>Juridiction {code!r} incompréhensible : utilisez un pays (US, GB), une région (US-CA, CA-ON) ou une ville (US-NY-NYC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="240"/>
        <source>{category!r} for {client} is not a kind of work; use one of: {categories}.</source>
        <translation>{category!r} pour {client} n&apos;est pas un type de travail ; utilisez l&apos;un de : {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="242"/>
        <source>{folder} is not a folder. Choose the folder your sync tool keeps in step.</source>
        <translation>{folder} n&apos;est pas un dossier. Choisissez le dossier que votre outil de synchronisation tient à jour.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="243"/>
        <source>No single paired device is {device!r}; `sync status` lists them.</source>
        <translation>Aucun appareil associé unique ne correspond à {device!r} ; `sync status` les liste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="244"/>
        <source>Syncing stopped: a change from another computer does not fit the records here ({error}). Nothing was changed; `sync conflicts` and `sync status` show the state.</source>
        <translation>La synchronisation s&apos;est arrêtée : une modification d&apos;un autre ordinateur ne correspond pas aux enregistrements d&apos;ici ({error}). Rien n&apos;a été modifié ; `sync conflicts` et `sync status` montrent l&apos;état.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="246"/>
        <source>The sync folder {folder} is not there (a drive not connected?). Nothing was changed.</source>
        <translation>Le dossier de synchronisation {folder} est absent (un disque non connecté ?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="248"/>
        <source>No conflict #{id}; `sync conflicts` lists them.</source>
        <translation>Aucun conflit #{id} ; `sync conflicts` les liste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="254"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Mot de passe incorrect. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="255"/>
        <source>Your records are locked. Unlock them first.</source>
        <translation>Vos registres sont verrouillés. Déverrouillez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="256"/>
        <source>Your records are busy in another window. Nothing was changed; try again.</source>
        <translation>Vos enregistrements sont occupés dans une autre fenêtre. Rien n&apos;a été modifié ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="257"/>
        <source>That recovery key does not open these records. Nothing was changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ces enregistrements. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="258"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Le mot de passe actuel est incorrect. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="259"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas cette sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="260"/>
        <source>The timer is not running.</source>
        <translation>Le minuteur n&apos;est pas lancé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="261"/>
        <source>The entry ends in the future; log work once it is done, or use the timer.</source>
        <translation>L&apos;entrée se termine dans le futur ; notez le travail une fois fait, ou utilisez le minuteur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="262"/>
        <source>Breaks must be shorter than the entry itself.</source>
        <translation>Les pauses doivent être plus courtes que l&apos;entrée elle-même.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="263"/>
        <source>An entry is linked to a payment; remove that link first. Nothing was deleted.</source>
        <translation>Une entrée est liée à un paiement ; retirez d&apos;abord ce lien. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="264"/>
        <source>This is one of the 10,000 most common passwords, the first ones anyone who has your files tries. Choose another: a few unrelated words make a strong password. Nothing was changed.</source>
        <translation>C&apos;est l&apos;un des 10 000 mots de passe les plus courants, les premiers qu&apos;essaie quiconque a vos fichiers. Choisissez-en un autre : quelques mots sans rapport font un mot de passe solide. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="268"/>
        <source>Wrong password for this backup: it opens with the password you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Mot de passe incorrect pour cette sauvegarde : elle s&apos;ouvre avec le mot de passe que vous aviez lors de sa création, ou avec votre clé de récupération. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="270"/>
        <source>This restore was already finished or thrown away; nothing was changed. Start it again.</source>
        <translation>Cette restauration est déjà terminée ou abandonnée ; rien n&apos;a été modifié. Recommencez-la.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="272"/>
        <source>Your records are still open here. Lock them, then restore again. Nothing was changed.</source>
        <translation>Vos enregistrements sont encore ouverts ici. Verrouillez-les, puis restaurez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="274"/>
        <source>Your records are open in another window. Close it, then restore again. Nothing was changed.</source>
        <translation>Vos enregistrements sont ouverts dans une autre fenêtre. Fermez-la, puis restaurez à nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="276"/>
        <source>This backup was made by a newer version of Contractor Ledger; update the app to open it. Nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Contractor Ledger ; mettez l&apos;application à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="278"/>
        <source>A rate of zero is not a rate; leave the rate out if the work is unpaid.</source>
        <translation>Un tarif de zéro n&apos;est pas un tarif ; omettez le tarif si le travail n&apos;est pas payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="279"/>
        <source>The mapping needs start=COLUMN.</source>
        <translation>La correspondance a besoin de start=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="280"/>
        <source>The mapping needs end=COLUMN or duration=COLUMN.</source>
        <translation>La correspondance a besoin de end=COLUMN ou duration=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="281"/>
        <source>This file is not a readable time-stamp response (.tsr): it is damaged, or something else.</source>
        <translation>Ce fichier n&apos;est pas une réponse d&apos;horodatage (.tsr) lisible : il est endommagé, ou c&apos;est autre chose.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="283"/>
        <source>The time-stamp token does not carry its signer&apos;s certificate (ask the authority for it with the request&apos;s certificate flag, which the app sets).</source>
        <translation>Le jeton d&apos;horodatage ne contient pas le certificat de son signataire (demandez-le à l&apos;autorité avec l&apos;indicateur de certificat de la requête, que l&apos;application active).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="285"/>
        <source>The time-stamping authority is not one you trust: its certificate does not chain to the CA file given (or the system&apos;s).</source>
        <translation>L&apos;autorité d&apos;horodatage n&apos;est pas de confiance : son certificat ne remonte pas au fichier d&apos;AC donné (ni à celui du système).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="287"/>
        <source>This file is too large to be a time-stamp response.</source>
        <translation>Ce fichier est trop gros pour être une réponse d&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="288"/>
        <source>The time-stamp token is not signed data.</source>
        <translation>Le jeton d&apos;horodatage n&apos;est pas une donnée signée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="289"/>
        <source>The time-stamp token does not hold time-stamp information.</source>
        <translation>Le jeton d&apos;horodatage ne contient pas d&apos;informations d&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="290"/>
        <source>This time stamp is for something else: its message imprint is not this anchor&apos;s.</source>
        <translation>Cet horodatage concerne autre chose : son empreinte de message n&apos;est pas celle de cette ancre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="291"/>
        <source>A time-stamp token has exactly one signer; this one does not.</source>
        <translation>Un jeton d&apos;horodatage a exactement un signataire ; celui-ci non.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="292"/>
        <source>The certificate that signed this time stamp is not one for time-stamping.</source>
        <translation>Le certificat qui a signé cet horodatage n&apos;est pas un certificat d&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="293"/>
        <source>The time-stamping certificate was not valid at the time it stamped.</source>
        <translation>Le certificat d&apos;horodatage n&apos;était pas valide au moment de l&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="294"/>
        <source>The time stamp&apos;s signature covers no signed attributes.</source>
        <translation>La signature de l&apos;horodatage ne couvre aucun attribut signé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="295"/>
        <source>The time stamp&apos;s signed attributes do not name time-stamp information.</source>
        <translation>Les attributs signés de l&apos;horodatage ne désignent pas d&apos;informations d&apos;horodatage.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="296"/>
        <source>The time stamp was altered: its information does not match what was signed.</source>
        <translation>L&apos;horodatage a été modifié : ses informations ne correspondent pas à ce qui a été signé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="297"/>
        <source>No system certificate bundle was found: give the authority&apos;s CA file with --ca.</source>
        <translation>Aucun ensemble de certificats système trouvé : donnez le fichier d&apos;AC de l&apos;autorité avec --ca.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="298"/>
        <source>The time stamp&apos;s signature does not verify: it was altered or forged.</source>
        <translation>La signature de l&apos;horodatage ne se vérifie pas : il a été modifié ou falsifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="299"/>
        <source>The time stamp is signed with a kind of key this app does not accept.</source>
        <translation>L&apos;horodatage est signé avec un type de clé que cette application n&apos;accepte pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="300"/>
        <source>This file is too large to be a Contractor Ledger report.</source>
        <translation>Ce fichier est trop gros pour être un rapport de Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="301"/>
        <source>This file does not carry a Contractor Ledger signature: it was altered, or not made by Contractor Ledger.</source>
        <translation>Ce fichier ne porte pas de signature de Contractor Ledger : il a été modifié, ou n&apos;a pas été fait par Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="303"/>
        <source>The report&apos;s signed data is not what Contractor Ledger writes: it was not made by it.</source>
        <translation>Les données signées du rapport ne sont pas ce qu&apos;écrit Contractor Ledger : il ne l&apos;a pas fait.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="305"/>
        <source>The report&apos;s signed data is unreadable: the file was altered.</source>
        <translation>Les données signées du rapport sont illisibles : le fichier a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="306"/>
        <source>The report was altered after it was made: its signature does not match.</source>
        <translation>Le rapport a été modifié après sa création : sa signature ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="307"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Elle ne peut pas avoir été reçue avant d&apos;être envoyée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="308"/>
        <source>Say what the answer left out: the follow-up letter names it.</source>
        <translation>Dites ce que la réponse a omis : la lettre de relance le mentionne.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="309"/>
        <source>A complete answer has nothing missing; leave out what was missing, or mark it incomplete.</source>
        <translation>Une réponse complète ne manque de rien ; retirez ce qui manquait, ou marquez-la incomplète.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="311"/>
        <source>A bonus is a positive amount; record a reduction as an adjustment.</source>
        <translation>Une prime est un montant positif ; enregistrez une réduction comme un ajustement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="312"/>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Un ajustement de zéro ne change rien.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="313"/>
        <source>This time stamp is for none of your anchors: it stamps something else.</source>
        <translation>Cet horodatage ne concerne aucune de vos ancres : il horodate autre chose.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="314"/>
        <source>A new password can only be set when restoring with the recovery key.</source>
        <translation>Un nouveau mot de passe ne peut être défini qu&apos;en restaurant avec la clé de récupération.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="315"/>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>Le nom de fichier du lot doit se terminer par .zip.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="316"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>La capture de preuve fonctionne pendant que le minuteur tourne ; démarrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="317"/>
        <source>The screen image is not a PNG image; nothing was kept.</source>
        <translation>L&apos;image de l&apos;écran n&apos;est pas une image PNG ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="318"/>
        <source>A client needs a name; nothing was changed.</source>
        <translation>Un client a besoin d&apos;un nom ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="319"/>
        <source>Payment terms must be between 0 and 365 days; nothing was changed.</source>
        <translation>Le délai de paiement doit être entre 0 et 365 jours ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="320"/>
        <source>The workweek starts on a day from Monday (0) to Sunday (6).</source>
        <translation>La semaine de travail commence un jour du lundi (0) au dimanche (6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="321"/>
        <source>A contract file can only be linked while the contract is marked as on file.</source>
        <translation>Un fichier de contrat ne peut être lié que si le contrat est marqué comme classé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="322"/>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="323"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Le délai de paiement doit être entre 0 et 365 jours.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="324"/>
        <source>A workday starts between 00:01 and 23:59, or at midnight.</source>
        <translation>Une journée de travail commence entre 00:01 et 23:59, ou à minuit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="325"/>
        <source>An engagement needs a name, such as the project or contract; nothing was changed.</source>
        <translation>Une mission a besoin d&apos;un nom, comme le projet ou le contrat ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="326"/>
        <source>A rate must be more than zero; nothing was changed.</source>
        <translation>Un tarif doit être supérieur à zéro ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="327"/>
        <source>The platform fee is a percentage from 0 to 100; nothing was changed.</source>
        <translation>Les frais de plateforme sont un pourcentage de 0 à 100 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="328"/>
        <source>Name the unit of work with one word, such as task or item.</source>
        <translation>Nommez l&apos;unité de travail d&apos;un seul mot, comme task ou item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="329"/>
        <source>The timer would stop before it started, or ran less than a second; check the time.</source>
        <translation>Le minuteur s&apos;arrêterait avant d&apos;avoir démarré, ou a tourné moins d&apos;une seconde ; vérifiez l&apos;heure.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="330"/>
        <source>Say which link to take off: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Dites quel lien retirer : un client, une entrée, un paiement, une facture ou un incident.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="332"/>
        <source>Evidence needs a name, e.g. contract.pdf.</source>
        <translation>Une preuve a besoin d&apos;un nom, p. ex. contract.pdf.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="333"/>
        <source>Evidence given as bytes needs a name.</source>
        <translation>Une preuve donnée en octets a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="334"/>
        <source>Say what to link it to: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Dites à quoi la lier : un client, une entrée, un paiement, une facture ou un incident.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="335"/>
        <source>The expense date is in the future; record an expense once you have paid it.</source>
        <translation>La date de la dépense est dans le futur ; enregistrez une dépense une fois payée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="336"/>
        <source>An expense of zero costs nothing; give the amount you paid.</source>
        <translation>Une dépense de zéro ne coûte rien ; donnez le montant payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="337"/>
        <source>The client of a deleted expense no longer exists; it cannot be put back.</source>
        <translation>Le client d&apos;une dépense supprimée n&apos;existe plus ; elle ne peut pas être rétablie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="338"/>
        <source>A generic CSV import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Un import CSV générique a besoin de --source NAME : sa correspondance de colonnes est enregistrée sous ce nom.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="339"/>
        <source>Nothing to change: give a new status, the steps you took, the costs or the time spent.</source>
        <translation>Rien à modifier : donnez un nouveau statut, les mesures prises, les coûts ou le temps passé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="341"/>
        <source>Costs need a currency, e.g. USD or EUR.</source>
        <translation>Les coûts ont besoin d&apos;une devise, p. ex. USD ou EUR.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="342"/>
        <source>Give the time spent in whole minutes.</source>
        <translation>Donnez le temps passé en minutes entières.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="343"/>
        <source>The time spent cannot be negative.</source>
        <translation>Le temps passé ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="344"/>
        <source>Name the company involved (or the client it concerns).</source>
        <translation>Nommez l&apos;entreprise en cause (ou le client concerné).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="345"/>
        <source>A currency was given without the costs; give the amount too, or no currency.</source>
        <translation>Une devise a été donnée sans les coûts ; donnez aussi le montant, ou aucune devise.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="346"/>
        <source>An invoice covers a period with both ends: FROM..TO.</source>
        <translation>Une facture couvre une période avec ses deux bornes : DU..AU.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="347"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>L&apos;échéance précède la fin du travail facturé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="348"/>
        <source>A payment is linked to this invoice; it cannot move to another client. Nothing was changed.</source>
        <translation>Un paiement est lié à cette facture ; elle ne peut pas passer à un autre client. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="350"/>
        <source>A payment is linked to this invoice; edit that payment first. Nothing was deleted.</source>
        <translation>Un paiement est lié à cette facture ; modifiez d&apos;abord ce paiement. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="351"/>
        <source>That statement payment is already matched; undo that match first.</source>
        <translation>Ce paiement du relevé est déjà rapproché ; annulez d&apos;abord ce rapprochement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="352"/>
        <source>That match was changed since; nothing was undone.</source>
        <translation>Ce rapprochement a changé depuis ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="353"/>
        <source>The payment date is in the future; record a payment once it has arrived.</source>
        <translation>La date du paiement est dans le futur ; enregistrez un paiement une fois arrivé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="354"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Les frais et retenues dépassent le montant payé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="355"/>
        <source>This payment is linked to entries of its client; it cannot move to another client. Nothing was changed.</source>
        <translation>Ce paiement est lié à des entrées de son client ; il ne peut pas passer à un autre client. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="357"/>
        <source>Name at least one kind of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Nommez au moins un type de données que vous avez traitées, p. ex. enregistrements audio ou journaux de discussion.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="358"/>
        <source>Name the tool or system that collected it, e.g. Hubstaff, or &quot;unknown&quot;.</source>
        <translation>Nommez l&apos;outil ou le système qui les a collectées, p. ex. Hubstaff, ou &quot;unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="359"/>
        <source>The report&apos;s signed data is incomplete.</source>
        <translation>Les données signées du rapport sont incomplètes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="360"/>
        <source>A minimum wage must be a positive amount with at most 4 decimal places.</source>
        <translation>Un salaire minimum doit être un montant positif avec au plus 4 décimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="361"/>
        <source>Give the first and last day to share (--from and --to).</source>
        <translation>Donnez le premier et le dernier jour à partager (--from et --to).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="362"/>
        <source>A payments-csv import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Un import payments-csv a besoin de --source NAME : sa correspondance de colonnes est enregistrée sous ce nom.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="363"/>
        <source>No device in that folder opens with this pairing code: check the code (`sync code` shows it on the first computer) and that the folder is the one it syncs. Nothing was changed.</source>
        <translation>Aucun appareil de ce dossier ne s&apos;ouvre avec ce code d&apos;association : vérifiez le code (`sync code` l&apos;affiche sur le premier ordinateur) et que le dossier est bien celui qu&apos;il synchronise. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="366"/>
        <source>Say which computer to remove: its name or id, as `sync status` lists them.</source>
        <translation>Dites quel ordinateur retirer : son nom ou son id, comme `sync status` les liste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="367"/>
        <source>Give this computer a short name (up to 60 characters), e.g. &quot;laptop&quot;.</source>
        <translation>Donnez à cet ordinateur un nom court (jusqu&apos;à 60 caractères), p. ex. « portable ».</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="368"/>
        <source>Choose which version to keep: mine or theirs.</source>
        <translation>Choisissez la version à garder : mine ou theirs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="369"/>
        <source>No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, `sync join FOLDER --code CODE` on the others.</source>
        <translation>Aucun dossier de synchronisation n&apos;est configuré sur cet ordinateur : `sync setup FOLDER` sur le premier, `sync join FOLDER --code CODE` sur les autres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="371"/>
        <source>That is not a pairing code: it is 52 letters and digits in groups of four, shown on the first computer by `sync code`.</source>
        <translation>Ce n&apos;est pas un code d&apos;association : il compte 52 lettres et chiffres par groupes de quatre, affichés sur le premier ordinateur par `sync code`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="373"/>
        <source>This computer already uses a sync folder; `sync status` shows it.</source>
        <translation>Cet ordinateur utilise déjà un dossier de synchronisation ; `sync status` l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="374"/>
        <source>A trip&apos;s distance is more than zero.</source>
        <translation>La distance d&apos;un trajet est supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="375"/>
        <source>The trip date is in the future; record a trip once you have made it.</source>
        <translation>La date du trajet est dans le futur ; enregistrez un trajet une fois effectué.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="376"/>
        <source>The client of a deleted trip no longer exists; it cannot be put back.</source>
        <translation>Le client d&apos;un trajet supprimé n&apos;existe plus ; il ne peut pas être rétabli.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="377"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Ce n&apos;est pas une clé de récupération : elle compte 32 lettres et chiffres par groupes de quatre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="378"/>
        <source>These records were made by a newer version of Contractor Ledger; update the app.</source>
        <translation>Ces enregistrements ont été faits par une version plus récente de Contractor Ledger ; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="379"/>
        <source>Your records are open twice here. Close the other one, then try again. Nothing was changed.</source>
        <translation>Vos enregistrements sont ouverts deux fois ici. Fermez l&apos;autre, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="381"/>
        <source>Your records are open in another window. Close it, then try again. Nothing was changed.</source>
        <translation>Vos enregistrements sont ouverts dans une autre fenêtre. Fermez-la, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="390"/>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="391"/>
        <source>contents</source>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="392"/>
        <source>cut short</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="393"/>
        <source>start of file</source>
        <translation>début du fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="394"/>
        <source>end of file</source>
        <translation>fin du fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="395"/>
        <source>extra bytes at the end</source>
        <translation>octets en trop à la fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="396"/>
        <source>key file</source>
        <translation>fichier de clé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="397"/>
        <source>key file missing</source>
        <translation>fichier de clé manquant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="398"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="399"/>
        <source>database file missing</source>
        <translation>fichier de la base de données manquant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="400"/>
        <source>database structure</source>
        <translation>structure de la base de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="401"/>
        <source>truncated file</source>
        <translation>fichier tronqué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="402"/>
        <source>restore journal</source>
        <translation>journal de restauration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="403"/>
        <source>It is not readable.</source>
        <translation>Il est illisible.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="404"/>
        <source>Its checksum does not match.</source>
        <translation>Sa somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="405"/>
        <source>It is not a Contractor Ledger backup header.</source>
        <translation>Ce n&apos;est pas un en-tête de sauvegarde Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="406"/>
        <source>A field is missing or malformed.</source>
        <translation>Un champ est manquant ou mal formé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="407"/>
        <source>It does not start like a Contractor Ledger backup.</source>
        <translation>Il ne commence pas comme une sauvegarde Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="408"/>
        <source>The file ends inside its header.</source>
        <translation>Le fichier se termine au milieu de son en-tête.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="409"/>
        <source>The file ends early; copying or syncing it may not have finished.</source>
        <translation>Le fichier se termine trop tôt ; sa copie ou sa synchronisation n&apos;est peut-être pas terminée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="410"/>
        <source>Something was added after its last part.</source>
        <translation>Quelque chose a été ajouté après sa dernière partie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="411"/>
        <source>Its end does not belong to its header.</source>
        <translation>Sa fin ne correspond pas à son en-tête.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="412"/>
        <source>Its stated length is impossible.</source>
        <translation>La longueur indiquée est impossible.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="413"/>
        <source>Its key settings are missing or out of range.</source>
        <translation>Ses réglages de clé sont manquants ou hors limites.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="414"/>
        <source>Its list of contents is malformed.</source>
        <translation>Sa liste de contenu est mal formée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="415"/>
        <source>Its list of contents fails its check.</source>
        <translation>Sa liste de contenu échoue à sa vérification.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="416"/>
        <source>It fails its check.</source>
        <translation>Il échoue à sa vérification.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="417"/>
        <source>The database inside differs from the one that was backed up.</source>
        <translation>La base de données qu&apos;elle contient diffère de celle qui a été sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="418"/>
        <source>Its date is not a date.</source>
        <translation>Sa date n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="419"/>
        <source>It is far larger than a key file.</source>
        <translation>Il est bien plus gros qu&apos;un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="420"/>
        <source>It is not a readable key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé lisible.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="421"/>
        <source>The database is there but its key file is not.</source>
        <translation>La base de données est là, mais pas son fichier de clé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="422"/>
        <source>The key file is there but the database is not.</source>
        <translation>Le fichier de clé est là, mais pas la base de données.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="423"/>
        <source>Its record of the latest change fails its check.</source>
        <translation>Son relevé de la dernière modification échoue à sa vérification.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="424"/>
        <source>Its schema version is missing.</source>
        <translation>Sa version de schéma est manquante.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="425"/>
        <source>An upgrade would break links between records.</source>
        <translation>Une mise à niveau casserait les liens entre enregistrements.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="426"/>
        <source>it is a symbolic link; give the answer&apos;s zip or folder itself</source>
        <translation>c&apos;est un lien symbolique ; indiquez le zip ou le dossier de la réponse lui-même</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="427"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="429"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="430"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="431"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="432"/>
        <source>Deductions</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="433"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="434"/>
        <source>Fixed price</source>
        <translation>Prix forfaitaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="435"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="436"/>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="437"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="438"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="439"/>
        <source>expense</source>
        <translation>dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="440"/>
        <source>trip</source>
        <translation>trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="441"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="442"/>
        <source>data record</source>
        <translation>enregistrement de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="443"/>
        <source> Close it instead if it is over.</source>
        <translation> S&apos;il est terminé, clôturez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="445"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="446"/>
        <source>engagement</source>
        <translation>mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="447"/>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="448"/>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="449"/>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="450"/>
        <source>The engagement&apos;s name</source>
        <translation>Le nom de la mission</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="451"/>
        <source>The legal name</source>
        <translation>Le nom légal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="452"/>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="453"/>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="454"/>
        <source>Your id on the platform</source>
        <translation>Votre identifiant sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="455"/>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="456"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="457"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="458"/>
        <source>Trip</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="459"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="461"/>
        <source>not writable</source>
        <translation>non accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="463"/>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="464"/>
        <source>access-request</source>
        <translation>demande d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="465"/>
        <source>timer</source>
        <translation>minuteur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="467"/>
        <source>handled</source>
        <translation>traitées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="468"/>
        <source>collected</source>
        <translation>collectées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="469"/>
        <source>A data category</source>
        <translation>Une catégorie de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="470"/>
        <source>A kind of data</source>
        <translation>Un type de données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="471"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="472"/>
        <source>How it was sent</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="473"/>
        <source>Monitoring type</source>
        <translation>Type de surveillance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="474"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="475"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="476"/>
        <source>The company&apos;s name</source>
        <translation>Le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="477"/>
        <source>The data involved</source>
        <translation>Les données concernées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="478"/>
        <source>The kind of incident</source>
        <translation>Le type d&apos;incident</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="479"/>
        <source>The law</source>
        <translation>La loi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="480"/>
        <source>The reason given</source>
        <translation>Le motif donné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="481"/>
        <source>The steps taken</source>
        <translation>Les mesures prises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="482"/>
        <source>The tool</source>
        <translation>L&apos;outil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="483"/>
        <source>What was missing</source>
        <translation>Ce qui manquait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="484"/>
        <source>What you were told about retention</source>
        <translation>Ce qu&apos;on vous a dit sur la conservation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="485"/>
        <source>Whose data</source>
        <translation>À qui sont les données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="487"/>
        <source>part {number} of {count}</source>
        <translation>partie {number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="488"/>
        <source>evidence #{id}</source>
        <translation>preuve #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="489"/>
        <source>data record #{id}</source>
        <translation>L&apos;enregistrement de données #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="490"/>
        <source>invoice {number}</source>
        <translation>La facture {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="491"/>
        <source>payment #{id}</source>
        <translation>Le paiement #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="492"/>
        <source>incident #{id}</source>
        <translation>L&apos;incident #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="493"/>
        <source>{name!r} no longer matches the SHA-256 fingerprint taken when it was added; nothing was written. Run `verify`.</source>
        <translation>{name!r} ne correspond plus à l&apos;empreinte SHA-256 prise lors de son ajout ; rien n&apos;a été écrit. Lancez `verify`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="495"/>
        <source>Its checksum does not match (or it was made by a newer version of Contractor Ledger).</source>
        <translation>Sa somme de contrôle ne correspond pas (ou il a été créé par une version plus récente de Contractor Ledger).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="497"/>
        <source>it holds more than {most:,} entries</source>
        <translation>il contient plus de {most:,} éléments</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="498"/>
        <source>it holds more than {most:,} files</source>
        <translation>il contient plus de {most:,} fichiers</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="499"/>
        <source>{entry!r} is a symbolic link</source>
        <translation>{entry!r} est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="500"/>
        <source>{entry!r} is encrypted; ask for the answer without a password</source>
        <translation>{entry!r} est chiffré ; demandez la réponse sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="501"/>
        <source>{entry!r} is not a regular file</source>
        <translation>{entry!r} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="502"/>
        <source>{entry!r} is larger than {mb} MB</source>
        <translation>{entry!r} dépasse {mb} Mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="503"/>
        <source>its files come to more than {mb} MB</source>
        <translation>ses fichiers dépassent {mb} Mo au total</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="504"/>
        <source>the entry {entry!r} points outside the archive</source>
        <translation>l&apos;élément {entry!r} pointe hors de l&apos;archive</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="505"/>
        <source>it nests elements more than {most} deep</source>
        <translation>il imbrique des éléments sur plus de {most} niveaux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="506"/>
        <source>it has more than {most:,} track points</source>
        <translation>il a plus de {most:,} points de trace</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="507"/>
        <source>a track point has a coordinate that is not a number ({value!r})</source>
        <translation>un point de trace a une coordonnée qui n&apos;est pas un nombre ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="508"/>
        <source>a track point&apos;s coordinate {number} is out of range</source>
        <translation>la coordonnée {number} d&apos;un point de trace est hors limites</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="509"/>
        <source>a track point&apos;s time is not a date and time ({value!r})</source>
        <translation>l&apos;heure d&apos;un point de trace n&apos;est pas une date et heure ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="510"/>
        <source>it is not a GPX file (its root element is not &lt;gpx&gt;)</source>
        <translation>ce n&apos;est pas un fichier GPX (son élément racine n&apos;est pas &lt;gpx&gt;)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="511"/>
        <source>it declares a DOCTYPE, which a GPX file never needs</source>
        <translation>il déclare un DOCTYPE, dont un fichier GPX n&apos;a jamais besoin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="512"/>
        <source>it declares entities</source>
        <translation>il déclare des entités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="513"/>
        <source>it declares notations</source>
        <translation>il déclare des notations</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="514"/>
        <source>it refers to an external entity</source>
        <translation>il fait référence à une entité externe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="516"/>
        <source>device {device}: its hello file is still arriving</source>
        <translation>appareil {device} : son fichier de présentation est encore en cours d&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="517"/>
        <source>files of device {device} ({why}): it is not paired with this computer</source>
        <translation>fichiers de l&apos;appareil {device} ({why}) : il n&apos;est pas jumelé avec cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="518"/>
        <source>{device}&apos;s file {number} is still arriving; it is read once whole</source>
        <translation>le fichier {number} de {device} est encore en cours d&apos;arrivée ; il est lu une fois complet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="519"/>
        <source>{device}&apos;s file {number}: {why}. Its later files wait behind it.</source>
        <translation>fichier {number} de {device} : {why}. Ses fichiers suivants attendent derrière lui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="520"/>
        <source>{device} removed this computer from the sync folder: it no longer reads this computer&apos;s files. Set up syncing again to pair.</source>
        <translation>{device} a retiré cet ordinateur du dossier de synchronisation : il ne lit plus les fichiers de cet ordinateur. Configurez de nouveau la synchronisation pour le jumeler.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="522"/>
        <source>it holds records of a kind this version does not know ({kind}); update the app on this computer</source>
        <translation>il contient des enregistrements d&apos;un type que cette version ne connaît pas ({kind}) ; mettez à jour l&apos;application sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="524"/>
        <source>a change refers to a {entity} record this computer has not received</source>
        <translation>une modification renvoie à un enregistrement {entity} que cet ordinateur n&apos;a pas reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="525"/>
        <source>a change is malformed ({error})</source>
        <translation>une modification est mal formée ({error})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="526"/>
        <source>not a sync file of this app</source>
        <translation>ce n&apos;est pas un fichier de synchronisation de cette application</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="527"/>
        <source>longer than its header says</source>
        <translation>plus long que ne le dit son en-tête</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="528"/>
        <source>it does not open with this folder&apos;s sync key (a device not paired, or a damaged file)</source>
        <translation>il ne s&apos;ouvre pas avec la clé de synchronisation de ce dossier (un appareil non jumelé, ou un fichier endommagé)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="530"/>
        <source>its content is not readable</source>
        <translation>son contenu n&apos;est pas lisible</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="531"/>
        <source>its signature is not that of the device it names</source>
        <translation>sa signature n&apos;est pas celle de l&apos;appareil qu&apos;il nomme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="532"/>
        <source>its hello file names another device</source>
        <translation>son fichier de présentation nomme un autre appareil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="533"/>
        <source>it names another device or number</source>
        <translation>il nomme un autre appareil ou un autre numéro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="534"/>
        <source>its changes are not a list</source>
        <translation>ses modifications ne sont pas une liste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="535"/>
        <source>a change is malformed</source>
        <translation>une modification est mal formée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="387"/>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="388"/>
        <source>damaged: {what}</source>
        <translation>endommagé : {what}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="389"/>
        <source>{problem} ({count} problem(s) in all).</source>
        <translation>{problem} ({count} problème(s) en tout).</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="30"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (lu le {read} dans une source secondaire ; à confirmer sur {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="31"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (lu dans une copie sur {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="32"/>
        <source>{basis}; {source}</source>
        <translation>{basis} ; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="33"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} le {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="34"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>les journées de travail commencent à {start} {zone} (votre fuseau : celui de la loi n&apos;est pas connu)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="35"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} par jour{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="36"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} par semaine{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="37"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} par mois{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="38"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>Le salaire minimum est ici en {target} et vous êtes payé en {base} : {span} ne peut être comparé sans un taux de change tiré de vos propres relevés (cette application n&apos;en prend jamais sur le réseau). Pour comparer, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="41"/>
        <source>workdays in your zone</source>
        <translation>journées de travail dans votre fuseau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="42"/>
        <source>workdays start at {start} {zone}</source>
        <translation>les journées de travail commencent à {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="43"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="44"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Heures travaillées du {start} au {end}, selon les jours de votre propre fuseau : {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="45"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Temps normal : le travail de chaque jour aux conditions en vigueur ce jour-là (à l&apos;heure : taux x heures ; à l&apos;unité : taux x unités, le jour où l&apos;entrée a commencé ; un prix forfaitaire une seule fois, le jour du premier travail de la mission), arrondi au centime jour par jour.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="48"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Gagné = temps normal + primes et ajustements + majoration des heures supplémentaires (due aux salariés seulement).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="50"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, et au-delà de {daily} h dans une journée ({double} h : double)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="51"/>
        <source>an estimate only: you are a contractor</source>
        <translation>une simple estimation : vous êtes indépendant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="52"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule} : {multiplier}x le taux normal pour les heures au-delà de {weekly} dans la semaine de travail{daily}{seventh} ({status}). Chaque semaine de travail est évaluée entière, dans les jours de la loi ({where}), et comptée une seule fois, dans la période qui contient son dernier jour. La majoration est ce que les heures supplémentaires ajoutent au temps normal déjà compté : (multiplicateur - 1) x taux normal x heures ; le taux normal est le temps normal de la semaine plus les primes, divisé par toutes ses heures.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="58"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>chaque heure pour elle-même : la paie d&apos;une entrée ne couvre que les heures de cette entrée, et à une heure payée rien il manque tout le salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="60"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>par semaine de travail : la paie convenue de la semaine (primes et ajustements compris) face à ses heures au salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="62"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Vous êtes indépendant : le salaire minimum est un repère, un droit seulement si vous avez été mal classé. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="64"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Apprécié sur ce que les conditions convenues paient pour les heures (les heures des catégories non payées comptent comme payées zéro), jamais sur l&apos;argent reçu : l&apos;argent pas encore reçu est dû, pas sous-payé. Salaire minimum {wage}/h{stated} ({jurisdiction}, depuis le {since}) ; critère : {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="68"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Manque de la période = la somme des manques de ses semaines de travail.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="69"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Vous avez marqué ce client comme travail via application : {name} ({citation}) fixe {amount} par {unit} pour {applies_to}, depuis le {since}, quelle que soit votre qualification. Apprécié par semaine de travail : les heures enregistrées au plancher face à ce que les conditions convenues paient pour elles, primes et ajustements datés de la semaine compris (les pourboires ne sont pas de la paie selon ces lois).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="73"/>
        <source>the workweek ending {end}</source>
        <translation>la semaine de travail se terminant le {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="74"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semaines de travail se terminant du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="75"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Les montants affectés à des entrées comptent le jour de l&apos;entrée ; le reste d&apos;un paiement compte quand la période qu&apos;il couvre se termine dans cette période (le jour de son arrivée, si aucune période n&apos;est enregistrée). Solde = gagné - payé : l&apos;argent qui vous est encore dû (en retard s&apos;il a passé son échéance).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="79"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="80"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Vous êtes salarié : les heures des catégories que les conditions disent non payées restent des heures travaillées et sont payées, au taux horaire convenu (ou au salaire minimum pour des conditions à l&apos;unité).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="83"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Les primes et ajustements datés de la période sont ajoutés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="84"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Aucune règle d&apos;heures supplémentaires n&apos;est connue pour la juridiction de ce client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="85"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h ; taux normal ({straight} + prime {bonus}) / {hours} h = {rate}/h ; {overtime} h à {multiplier}x et {double} h à 2x : majoration {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="88"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>Le salaire minimum est en {wage_currency} et vous êtes payé en {currency} : chaque semaine de travail le convertit au taux le plus récent de vos propres relevés, au plus tard le dernier jour de la semaine (un taux que vous avez enregistré ou qu&apos;un relevé montrait ; sinon celui d&apos;un paiement converti), jamais un taux du réseau. Le minimum horaire à ce taux est le minimum dans la monnaie de votre paie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="93"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>somme du manque propre à chaque jour de chaque entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="94"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, jamais en dessous de zéro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="95"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (minimum {wage}/h à {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="96"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h au salaire minimum{converted} = {required} ; les conditions paient {pay} ; il manque {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="98"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h x {floor} = {required} ; les conditions paient {pay} ; il manque {shortfall} ({required} - {pay}, jamais en dessous de zéro).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="100"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>enregistrez le taux auquel vous avez été payé : {command} (ou n&apos;importe quel jour avant)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="101"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Aucun salaire minimum ne s&apos;applique : aucun n&apos;est connu pour le lieu de ce client, aucune condition de paie n&apos;est enregistrée, ou aucune semaine de travail ne se termine dans cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="103"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; le 7e jour consécutif de la semaine de travail aussi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="107"/>
        <source>owed: you are an employee</source>
        <translation>dû : vous êtes salarié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="108"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="109"/>
        <source>hours worked</source>
        <translation>heures travaillées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="110"/>
        <source>hours the terms pay for</source>
        <translation>heures que les conditions paient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="111"/>
        <source>straight time</source>
        <translation>temps normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="112"/>
        <source>bonuses and adjustments</source>
        <translation>primes et ajustements</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="113"/>
        <source>overtime premium owed</source>
        <translation>majoration d&apos;heures supplémentaires due</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="114"/>
        <source>earned</source>
        <translation>gagné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="115"/>
        <source>shortfall</source>
        <translation>manque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="116"/>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="117"/>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="118"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="119"/>
        <source>regular rate</source>
        <translation>taux normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="120"/>
        <source>overtime hours</source>
        <translation>heures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="121"/>
        <source>double-time hours</source>
        <translation>heures doublées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="122"/>
        <source>premium</source>
        <translation>majoration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="123"/>
        <source>rate</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="124"/>
        <source>minimum per hour</source>
        <translation>minimum horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="125"/>
        <source>required</source>
        <translation>exigé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="126"/>
        <source>agreed pay</source>
        <translation>paie convenue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="127"/>
        <source>productive</source>
        <translation>productif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="128"/>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="129"/>
        <source>onboarding</source>
        <translation>intégration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="130"/>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="131"/>
        <source>waiting</source>
        <translation>attente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="132"/>
        <source>rework</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="133"/>
        <source>admin</source>
        <translation>administratif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="134"/>
        <source>travel</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="135"/>
        <source>your record</source>
        <translation>votre relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="136"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="144"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>livreurs de restaurants via application, par heure de temps actif, avant pourboires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="145"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>travailleurs via application, par heure de temps engagé (0,44 par minute ; plus 0,74 par mille engagé et au moins 5,00 par offre, non modélisés)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="147"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>travailleurs via application, par heure de temps engagé (0,45 par minute ; plus 0,77 par mille engagé et au moins 5,20 par offre, non modélisés)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Les chiffres juridiques sont une estimation, pas un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <source>Pay summary</source>
        <translation>Récapitulatif de paie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Pour vérifier votre paie, ou montrer à un client vos heures, gains et paiements.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Dossier de réclamation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Pour une réclamation de salaire ou un avocat : ce qu&apos;on vous doit, avec les entrées et preuves à l&apos;appui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <source>Privacy report</source>
        <translation>Rapport de confidentialité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Les données que votre travail a impliquées et ce que les plateformes ont collecté sur vous, avec les incidents.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Demande d&apos;accès aux données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Une lettre demandant à un client une copie des données personnelles qu&apos;il détient sur vous.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Relance de demande d&apos;accès aux données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Une lettre pour une demande d&apos;accès aux données restée sans réponse après le délai, ou dont la réponse était incomplète.</translation>
    </message>
</context>
</TS>
