<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>request to know</source>
        <translation>demande d&apos;information</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>subject access request</source>
        <translation>demande d&apos;accès aux données personnelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="31"/>
        <source>the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>l&apos;autorité de contrôle de la protection des données (article 77 du RGPD), et exercer un recours juridictionnel (article 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="33"/>
        <source>the Information Commissioner&apos;s Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>l&apos;Information Commissioner&apos;s Office (article 77 du RGPD du Royaume-Uni), et exercer un recours juridictionnel (article 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="35"/>
        <source>the California Privacy Protection Agency and the California Attorney General</source>
        <translation>la California Privacy Protection Agency et le procureur général de Californie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="65"/>
        <source>The law required your answer by {due}.</source>
        <translation>La loi vous imposait de répondre au plus tard le {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="95"/>
        <source>So far I have received 1 file from you, kept in my records on {days}.</source>
        <translation>À ce jour, j&apos;ai reçu de votre part 1 fichier, conservé dans mes dossiers le {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="97"/>
        <source>So far I have received {count} files from you, kept in my records on {days}.</source>
        <translation>À ce jour, j&apos;ai reçu de votre part {count} fichiers, conservés dans mes dossiers le {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="115"/>
        <location filename="../../contractor_app/reports/access_request.py" line="97"/>
        <source>Yours faithfully,</source>
        <translation>Veuillez agréer, Madame, Monsieur, l&apos;expression de mes salutations distinguées.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="119"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records of the request. This letter is a template, not legal advice.</source>
        <translation>Préparée avec Contractor Ledger à partir des relevés de la demande tenus par la personne elle-même. Cette lettre est un modèle, et non un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by post</source>
        <translation>par courrier postal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="24"/>
        <source>through your web form</source>
        <translation>au moyen de votre formulaire en ligne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="25"/>
        <source>in your app</source>
        <translation>dans votre application</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="60"/>
        <source>On {sent} I sent you a {request} {via}; it reached you on {received}.</source>
        <translation>Le {sent}, je vous ai adressé une {request} {via} ; vous l&apos;avez reçue le {received}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="61"/>
        <source>On {sent} I sent you a {request} {via}.</source>
        <translation>Le {sent}, je vous ai adressé une {request} {via}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="63"/>
        <source>I made it under the {law} ({citation}).</source>
        <translation>Je l&apos;ai présentée en vertu de la {law} ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="71"/>
        <source>Follow-up: {request} of {sent}, unanswered</source>
        <translation>Relance : {request} du {sent}, restée sans réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="73"/>
        <source>That deadline, {due}, has passed, and I have not received your answer. You have not told me of any reason for refusing my request.</source>
        <translation>Ce délai, le {due}, est expiré et je n&apos;ai pas reçu votre réponse. Vous ne m&apos;avez communiqué aucun motif de refus de ma demande.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="77"/>
        <source>Follow-up: {request} of {sent}, answered in part</source>
        <translation>Relance : {request} du {sent}, à laquelle il a été répondu en partie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="79"/>
        <source>Your answer of {answered} is incomplete.</source>
        <translation>Votre réponse du {answered} est incomplète.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="102"/>
        <source>Please send me, without further delay and free of charge, everything my request covers, and in particular what was missing:</source>
        <translation>Je vous prie de m&apos;adresser, sans plus tarder et gratuitement, tout ce que couvre ma demande, et en particulier ce qui manquait :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="104"/>
        <source>Please send me, without further delay and free of charge, everything my request covers:</source>
        <translation>Je vous prie de m&apos;adresser, sans plus tarder et gratuitement, tout ce que couvre ma demande :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="67"/>
        <source>On {extended} you told me you needed longer, as the law allows once; that moved the deadline to {due}.</source>
        <translation>Le {extended}, vous m&apos;avez indiqué avoir besoin d&apos;un délai supplémentaire, comme la loi le permet une seule fois ; le délai a ainsi été reporté au {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="84"/>
        <source>It did not include: {missing}.</source>
        <translation>Elle ne comprenait pas : {missing}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="111"/>
        <source>If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not receive a complete answer, I may complain to {authority}.</source>
        <translation>Si vous ne communiquez pas une partie de ces éléments, indiquez-moi laquelle, pourquoi et sur quel fondement juridique. À défaut de réponse complète, je pourrai saisir {authority}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="82"/>
        <source>It came after the deadline of {due}.</source>
        <translation>Elle est parvenue après le délai du {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="88"/>
        <source>My account or worker ID is {worker_id}.</source>
        <translation>Mon compte ou identifiant de travailleur est {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="29"/>
        <source>the data protection law that applies to you, including Article 15 GDPR where it applies</source>
        <translation>la loi sur la protection des données qui vous est applicable, y compris l&apos;article 15 du RGPD lorsqu&apos;il s&apos;applique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>Subject access request</source>
        <translation>Demande d&apos;accès aux données personnelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>one month</source>
        <translation>un mois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="37"/>
        <source>(Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(articles 15, paragraphe 1, point h), et 22 du RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="38"/>
        <source>(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(et, lorsque le RGPD s&apos;applique, articles 15, paragraphe 1, point h), et 22 du RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="40"/>
        <source>a copy of all personal data you hold about me, in a commonly used, machine-readable format</source>
        <translation>une copie de toutes les données personnelles que vous détenez à mon sujet, dans un format couramment utilisé et lisible par machine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="42"/>
        <source>the purposes of each processing, and its legal basis</source>
        <translation>les finalités de chaque traitement et sa base juridique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="43"/>
        <source>the categories of personal data concerned, and where you obtained any data not collected from me</source>
        <translation>les catégories de données personnelles concernées et, pour les données qui n&apos;ont pas été collectées auprès de moi, leur source</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="45"/>
        <source>the recipients or categories of recipients, including processors, clients and any outside the EU/EEA</source>
        <translation>les destinataires ou catégories de destinataires, y compris les sous-traitants, les clients et tout destinataire hors de l&apos;UE/EEE</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="47"/>
        <source>how long each category of data will be kept, or the criteria for deciding</source>
        <translation>la durée de conservation de chaque catégorie de données, ou les critères utilisés pour la déterminer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="48"/>
        <source>all activity and performance metrics about me: tasks, time measured, throughput, accuracy and quality scores, rejections and their reasons, with their dates</source>
        <translation>toutes les mesures d&apos;activité et de performance me concernant : tâches, temps mesuré, rendement, scores de précision et de qualité, rejets et leurs motifs, avec leurs dates</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="50"/>
        <source>all ratings and reviews of my work, by customers, reviewers or your systems</source>
        <translation>toutes les notes et évaluations de mon travail, par des clients, des évaluateurs ou vos systèmes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="51"/>
        <source>all monitoring recordings and screenshots: screen and activity recordings, webcam images, voice recordings, keystroke and mouse data, location, and the identity documents and biometric data I provided</source>
        <translation>tous les enregistrements et captures de surveillance : enregistrements d&apos;écran et d&apos;activité, images de webcam, enregistrements vocaux, données de clavier et de souris, localisation, ainsi que les pièces d&apos;identité et données biométriques que j&apos;ai fournies</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="54"/>
        <source>all internal profile tags and scores attached to my account (for example risk, fraud, trust, priority or quality flags), and what each means</source>
        <translation>toutes les étiquettes et tous les scores de profil internes associés à mon compte (par exemple des indicateurs de risque, de fraude, de confiance, de priorité ou de qualité), et leur signification</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="60"/>
        <source>the records of my work you used to calculate my pay</source>
        <translation>les relevés de mon travail que vous avez utilisés pour calculer ma rémunération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="61"/>
        <source>any data behind a warning, suspension or deactivation of my account</source>
        <translation>toute donnée ayant motivé un avertissement, une suspension ou une désactivation de mon compte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="23"/>
        <source>the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)</source>
        <translation>la loi californienne sur la protection de la vie privée des consommateurs (California Consumer Privacy Act, Cal. Civ. Code 1798.100 et 1798.110)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>Request to know (right to know)</source>
        <translation>Demande d&apos;information (droit de savoir)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>45 days</source>
        <translation>45 jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="26"/>
        <source>Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)</source>
        <translation>l&apos;article 15 du règlement général sur la protection des données (et l&apos;article 20 pour une copie dans un format lisible par machine)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="101"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records. This letter is a template, not legal advice; deadlines can be extended by law in some cases.</source>
        <translation>Préparée avec Contractor Ledger à partir des relevés tenus par la personne elle-même. Cette lettre est un modèle, et non un conseil juridique ; la loi permet dans certains cas de prolonger les délais.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="56"/>
        <source>an explanation of any automated decision about my pay or the deactivation, suspension or restriction of my account, including profiling, with meaningful information about the logic involved, its significance and its consequences for me {articles}</source>
        <translation>une explication de toute décision automatisée concernant ma rémunération ou la désactivation, la suspension ou la restriction de mon compte, y compris le profilage, avec des informations utiles sur la logique sous-jacente, ainsi que l&apos;importance et les conséquences prévues pour moi {articles}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="120"/>
        <source>Privacy / data protection officer</source>
        <translation>Délégué à la protection des données / service confidentialité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="75"/>
        <source>in particular the data collected through: {tools}</source>
        <translation>en particulier les données collectées au moyen de : {tools}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="92"/>
        <source>Please answer within {period} of receiving this request, that is by {deadline}, free of charge. If you need more information to identify me, tell me promptly. If you will not comply with any part of this request, tell me which part and why.</source>
        <translation>Je vous prie de répondre dans un délai de {period} à compter de la réception de la présente demande, soit au plus tard le {deadline}, sans frais. Si vous avez besoin d&apos;informations supplémentaires pour m&apos;identifier, veuillez me le faire savoir rapidement. Si vous n&apos;entendez pas donner suite à une partie de cette demande, indiquez-moi laquelle et pourquoi.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="80"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification} with the account or worker ID {worker_id}. Please provide:</source>
        <translation>Je soussigné(e), {name}, vous demande, en vertu de {law}, l&apos;accès aux données personnelles que vous traitez à mon sujet. J&apos;ai travaillé pour vous en tant que {classification}, avec le compte ou l&apos;identifiant de travailleur {worker_id}. Je vous prie de me communiquer :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="83"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification}. Please provide:</source>
        <translation>Je soussigné(e), {name}, vous demande, en vertu de {law}, l&apos;accès aux données personnelles que vous traitez à mon sujet. J&apos;ai travaillé pour vous en tant que {classification}. Je vous prie de me communiquer :</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="85"/>
        <source>[your full name]</source>
        <translation>[vos nom et prénom]</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="40"/>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="70"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="42"/>
        <source>Hours worked (all categories)</source>
        <translation>Heures travaillées (toutes catégories)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="43"/>
        <source>Hours in paid categories</source>
        <translation>Heures dans les catégories payées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="44"/>
        <source>Hours the client does not pay for</source>
        <translation>Heures que le client ne paie pas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="45"/>
        <source>Earned at the agreed rates</source>
        <translation>Gagné aux tarifs convenus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="46"/>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="47"/>
        <source>Balance owed</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="48"/>
        <source>Real hourly rate (paid ÷ all hours)</source>
        <translation>Taux horaire réel (payé ÷ toutes les heures)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="65"/>
        <source>Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})</source>
        <translation>Salaire minimum (une référence : vous êtes indépendant) ({jurisdiction}, depuis le {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="66"/>
        <source>Minimum wage ({jurisdiction}, from {day})</source>
        <translation>Salaire minimum ({jurisdiction}, depuis le {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="74"/>
        <source>! Agreed pay short of the minimum wage (hour by hour)</source>
        <translation>! Rémunération convenue inférieure au salaire minimum (heure par heure)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="76"/>
        <source>! Agreed pay short of the minimum wage (week by week)</source>
        <translation>! Rémunération convenue inférieure au salaire minimum (semaine par semaine)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="80"/>
        <source>Overtime ({rule}, owed)</source>
        <translation>Heures supplémentaires ({rule}, dues)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="81"/>
        <source>Overtime ({rule}, estimate if you were an employee)</source>
        <translation>Heures supplémentaires ({rule}, estimation si vous étiez salarié)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <source>Pay</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="157"/>
        <source>No payments recorded in this period.</source>
        <translation>Aucun paiement enregistré sur cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Pays for</source>
        <translation>Période payée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="173"/>
        <source>No evidence files kept.</source>
        <translation>Aucun fichier de preuve conservé.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="182"/>
        <source>Latest change in the records</source>
        <translation>Dernière modification des relevés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="183"/>
        <source>History fingerprint (audit chain head)</source>
        <translation>Empreinte de l&apos;historique (tête de la chaîne d&apos;audit)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="184"/>
        <source>SHA-256 of this report&apos;s data</source>
        <translation>SHA-256 des données de ce rapport</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Ed25519, embedded in this file</source>
        <translation>Ed25519, intégrée à ce fichier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="186"/>
        <source>Public key fingerprint</source>
        <translation>Empreinte de la clé publique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="193"/>
        <source>Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed and whether the records have changed since.</source>
        <translation>Vérifiez ce fichier avec : contractor-app verify-report FICHIER.pdf — la commande confirme qu&apos;aucun octet n&apos;a été modifié et si les relevés ont changé depuis.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="57"/>
        <source>Net hourly rate ((paid − costs) ÷ all hours)</source>
        <translation>Taux horaire net ((payé − coûts) ÷ toutes les heures)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <source>Figure</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="90"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="111"/>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="91"/>
        <location filename="../../contractor_app/reports/claim.py" line="91"/>
        <source>not paid</source>
        <translation>non payée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="108"/>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="151"/>
        <source>No entries in this period.</source>
        <translation>Aucune saisie sur cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="61"/>
        <source>Costs in other currencies, not subtracted</source>
        <translation>Coûts dans d&apos;autres devises, non déduits</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="54"/>
        <source>Costs of the work (fees {fees}, expenses {expenses}, distance {distance})</source>
        <translation>Coûts du travail (frais {fees}, dépenses {expenses}, déplacements {distance})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="83"/>
        <source>{hours} h, premium {premium}</source>
        <translation>{hours} h, majoration {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="109"/>
        <source>Earned per week ({currency})</source>
        <translation>Gagné par semaine ({currency})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="70"/>
        <source>In {currency}, at {rate}</source>
        <translation>En {currency}, au taux de {rate}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="31"/>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="32"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="61"/>
        <source>no payment terms recorded</source>
        <translation>aucune condition de paiement enregistrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="167"/>
        <source>The rules applied and their sources are listed after the log; the appendix works out each figure week by week.</source>
        <translation>Les règles appliquées et leurs sources figurent après le journal ; l&apos;annexe détaille chaque montant semaine par semaine.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="44"/>
        <source>Claim packet: records of work and pay</source>
        <translation>Dossier de réclamation : relevés de travail et de rémunération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="47"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="48"/>
        <source>The figures</source>
        <translation>Les montants</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="63"/>
        <source>The parties</source>
        <translation>Les parties</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="79"/>
        <source>These records were kept by the worker at the time of the work, in an encrypted, tamper-evident ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; the appendix lists every edit.</source>
        <translation>Ces relevés ont été tenus par la personne au moment du travail, dans un registre chiffré qui révèle toute altération. Les saisies enregistrées plus de 24 heures après le travail, et celles modifiées ensuite, sont marquées ; l&apos;annexe liste chaque modification.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="99"/>
        <source>Daily log</source>
        <translation>Journal quotidien</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="106"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="107"/>
        <source>Evidence index</source>
        <translation>Index des preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="108"/>
        <source>Rules applied</source>
        <translation>Règles appliquées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="109"/>
        <source>Appendix: how the figures were worked out</source>
        <translation>Annexe : comment les montants ont été calculés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="110"/>
        <source>Appendix: edit history</source>
        <translation>Annexe : historique des modifications</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="179"/>
        <source>This file is signed with the records&apos; key (see Integrity).</source>
        <translation>Ce fichier est signé avec la clé des relevés (voir Intégrité).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="269"/>
        <source>Not legal advice: each value is shown with the source it was taken from.</source>
        <translation>Ceci n&apos;est pas un conseil juridique : chaque valeur est présentée avec la source dont elle est tirée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="60"/>
        <source>paid within {days} days</source>
        <translation>payé sous {days} jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="86"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Late payments</source>
        <translation>Retards de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="128"/>
        <source>Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.</source>
        <translation>Solde dû {balance} : gagné {earned} aux tarifs convenus, payé {paid}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="150"/>
        <source>The client agreed to pay at the rates recorded for {client}.</source>
        <translation>Le client s&apos;est engagé à payer aux tarifs enregistrés pour {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="154"/>
        <source>The minimum wage of {jurisdiction} applies ({official}; read in a copy at {source}).</source>
        <translation>Le salaire minimum de {jurisdiction} s&apos;applique ({official} ; lu dans une copie sur {source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="162"/>
        <source>That figure was read at a secondary source and is not yet checked against the official one.</source>
        <translation>Ce chiffre a été lu dans une source secondaire et n&apos;est pas encore vérifié auprès de la source officielle.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="171"/>
        <source>{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} edited later, each edit listed); payments received: {payments}; evidence files, each with its SHA-256: {files}.</source>
        <translation>{entries} saisies ({hours} heures) enregistrées par la personne au moment du travail ({late} enregistrées plus de 24 heures après le travail, {edited} modifiées ensuite, chaque modification listée) ; paiements reçus : {payments} ; fichiers de preuve, chacun avec son SHA-256 : {files}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="197"/>
        <source>Payment deadlines under {law}, which also entitles the worker to {requires}.</source>
        <translation>Délais de paiement selon {law}, qui donne aussi droit à la personne à {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="218"/>
        <source> (read at a secondary source, not yet checked against the official one)</source>
        <translation> (lu dans une source secondaire, pas encore vérifié auprès de la source officielle)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="227"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Minimum wage</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="228"/>
        <source>{jurisdiction} {amount}/h{as_stated} from {day}</source>
        <translation>{jurisdiction} {amount}/h{as_stated} depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="235"/>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="241"/>
        <source>the worker&apos;s own records</source>
        <translation>les propres relevés de la personne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>App-based pay floor</source>
        <translation>Rémunération plancher du travail via application</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <source>{name} ({citation}): {amount} per {unit}, from {day}; </source>
        <translation>{name} ({citation}) : {amount} par {unit}, depuis le {day} ; </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="252"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Overtime</source>
        <translation>Heures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>Payment deadline</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="260"/>
        <source>{law}: {threshold} in a calendar year</source>
        <translation>{law} : {threshold} sur une année civile</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="261"/>
        <source>{law}: {threshold} in {days} days</source>
        <translation>{law} : {threshold} sur {days} jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="265"/>
        <source>No minimum wage, overtime or payment law applied to these records.</source>
        <translation>Aucune loi sur le salaire minimum, les heures supplémentaires ou les paiements ne s&apos;est appliquée à ces relevés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>Paid and owed</source>
        <translation>Payé et dû</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="302"/>
        <source>No entry in this packet was edited after it was recorded.</source>
        <translation>Aucune saisie de ce dossier n&apos;a été modifiée après son enregistrement.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>Entry</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="45"/>
        <source>Period {start} to {end}, reckoned on {as_of}</source>
        <translation>Période du {start} au {end}, arrêtée au {as_of}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="66"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="67"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="68"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="70"/>
        <source>Worker&apos;s id on the platform</source>
        <translation>Identifiant du travailleur sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="71"/>
        <source>Classification</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="72"/>
        <source>Where the work is done</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="74"/>
        <source>Pay terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="75"/>
        <source>Written contract on file</source>
        <translation>Contrat écrit au dossier</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Work done</source>
        <translation>Travail effectué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="89"/>
        <source>Law and remedy (estimate)</source>
        <translation>Loi et réparation (estimation)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="100"/>
        <source>{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); O overlaps another entry.</source>
        <translation>{entries} saisies, {hours} heures. Marques : L enregistrée plus de 24 h après le travail ; E modifiée après son enregistrement (voir l&apos;annexe) ; O chevauche une autre saisie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="112"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="132"/>
        <source>The agreed pay is below the minimum wage by {shortfall}.</source>
        <translation>La rémunération convenue est inférieure au salaire minimum de {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="139"/>
        <source>The agreed pay is below the app-based pay floor by {shortfall}.</source>
        <translation>La rémunération convenue est inférieure à la rémunération plancher du travail via application de {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="143"/>
        <source>Payments late: {count}.</source>
        <translation>Paiements en retard : {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="148"/>
        <source>Payments short of what the work earned: {count}.</source>
        <translation>Paiements inférieurs à ce que le travail a rapporté : {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="159"/>
        <source>The minimum wage of {jurisdiction} applies ({source}).</source>
        <translation>Le salaire minimum de {jurisdiction} s&apos;applique ({source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="165"/>
        <source>Overtime under {rule}.</source>
        <translation>Heures supplémentaires selon {rule}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="195"/>
        <source>Payment deadlines under {laws}.</source>
        <translation>Délais de paiement selon {laws}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="199"/>
        <source>{law} entitles the worker to {requires}.</source>
        <translation>{law} donne droit à la personne à {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="177"/>
        <source>This file is signed with the records&apos; key (see Integrity); the records were anchored, latest on {day}.</source>
        <translation>Ce fichier est signé avec la clé des relevés (voir Intégrité) ; les relevés ont été ancrés, pour la dernière fois le {day}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>What is owed</source>
        <translation>Ce qui est dû</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="184"/>
        <source>On what evidence</source>
        <translation>Sur quelles preuves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="51"/>
        <source>Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}</source>
        <translation>Paiement insuffisant du {start} au {end} : gagné {earned}, payé {paid}, manque {short}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="56"/>
        <source>{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on file.</source>
        <translation>{law} : le travail a atteint {amount} le {day}, ce qui donne droit à la personne à {requires} ; rien de tel n&apos;est au dossier.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="135"/>
        <source>Overtime premium {premium} (owed).</source>
        <translation>Majoration pour heures supplémentaires {premium} (due).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="136"/>
        <source>Overtime premium {premium} (an estimate, owed if the worker is an employee).</source>
        <translation>Majoration pour heures supplémentaires {premium} (une estimation, due si la personne est salariée).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="145"/>
        <source>Remedies for late payment: up to {amount} more.</source>
        <translation>Réparations pour retard de paiement : jusqu&apos;à {amount} de plus.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in {currency}</source>
        <translation>aucun enregistré : {weeks} semaine(s) de travail jusqu&apos;au {day} non comparée(s) au salaire minimum en {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="250"/>
        <source>met</source>
        <translation>respectée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>{law} ({citation}): {days} days</source>
        <translation>{law} ({citation}) : {days} jours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="292"/>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="236"/>
        <source>{source} (the worker&apos;s own records)</source>
        <translation>{source} (les propres relevés de la personne)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="249"/>
        <source>the agreed pay is below it by {shortfall}</source>
        <translation>la rémunération convenue lui est inférieure de {shortfall}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="93"/>
        <source>due under the {basis} terms</source>
        <translation>dû selon les conditions {basis}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="94"/>
        <source>; up to {amount} more</source>
        <translation>; jusqu&apos;à {amount} de plus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="20"/>
        <source>Pay summary</source>
        <translation>Récapitulatif de rémunération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Pour vérifier votre rémunération, ou montrer à un client vos heures, gains et paiements.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Dossier de réclamation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Pour une réclamation salariale ou un avocat : ce qui vous est dû, avec les saisies et les preuves qui l&apos;étayent.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="43"/>
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
        <translation>Relance de demande d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Une lettre pour une demande d&apos;accès aux données restée sans réponse après son délai, ou dont la réponse a omis des éléments.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>contractor</source>
        <translation>indépendant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>employee</source>
        <translation>salarié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="25"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (lu le {read} dans une source secondaire ; à confirmer sur {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="208"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="26"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (lu dans une copie sur {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="27"/>
        <source>{basis}; {source}</source>
        <translation>{basis} ; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="28"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} le {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="29"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>les journées de travail commencent à {start} {zone} (votre fuseau : celui de la loi n&apos;est pas connu)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="30"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} par jour{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="31"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} par semaine{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="32"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} par mois{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="33"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>Le salaire minimum est ici en {target} et vous êtes payé en {base} : {span} ne peut être comparé sans un taux de change tiré de vos propres relevés (cette application n&apos;en prend jamais sur le réseau). Pour comparer, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="36"/>
        <source>workdays in your zone</source>
        <translation>journées de travail dans votre fuseau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="37"/>
        <source>workdays start at {start} {zone}</source>
        <translation>les journées de travail commencent à {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="38"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="39"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Heures travaillées du {start} au {end}, selon les jours de votre propre fuseau : {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="40"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Temps normal : le travail de chaque jour aux conditions en vigueur ce jour-là (à l&apos;heure : taux x heures ; à l&apos;unité : taux x unités, le jour où l&apos;entrée a commencé ; un prix forfaitaire une seule fois, le jour du premier travail de la mission), arrondi au centime jour par jour.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="43"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Gagné = temps normal + primes et ajustements + majoration des heures supplémentaires (due aux salariés seulement).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="45"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, et au-delà de {daily} h dans une journée ({double} h : double)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="46"/>
        <source>an estimate only: you are a contractor</source>
        <translation>une simple estimation : vous êtes indépendant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="47"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule} : {multiplier}x le taux normal pour les heures au-delà de {weekly} dans la semaine de travail{daily}{seventh} ({status}). Chaque semaine de travail est évaluée entière, dans les jours de la loi ({where}), et comptée une seule fois, dans la période qui contient son dernier jour. La majoration est ce que les heures supplémentaires ajoutent au temps normal déjà compté : (multiplicateur - 1) x taux normal x heures ; le taux normal est le temps normal de la semaine plus les primes, divisé par toutes ses heures.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="53"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>chaque heure pour elle-même : la paie d&apos;une entrée ne couvre que les heures de cette entrée, et à une heure payée rien il manque tout le salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="55"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>par semaine de travail : la paie convenue de la semaine (primes et ajustements compris) face à ses heures au salaire minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="57"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Vous êtes indépendant : le salaire minimum est un repère, un droit seulement si vous avez été mal classé. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="59"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Apprécié sur ce que les conditions convenues paient pour les heures (les heures des catégories non payées comptent comme payées zéro), jamais sur l&apos;argent reçu : l&apos;argent pas encore reçu est dû, pas sous-payé. Salaire minimum {wage}/h{stated} ({jurisdiction}, depuis le {since}) ; critère : {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="63"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Manque de la période = la somme des manques de ses semaines de travail.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="64"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Vous avez marqué ce client comme travail via application : {name} ({citation}) fixe {amount} par {unit} pour {applies_to}, depuis le {since}, quelle que soit votre qualification. Apprécié par semaine de travail : les heures enregistrées au plancher face à ce que les conditions convenues paient pour elles, primes et ajustements datés de la semaine compris (les pourboires ne sont pas de la paie selon ces lois).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="68"/>
        <source>the workweek ending {end}</source>
        <translation>la semaine de travail se terminant le {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="69"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semaines de travail se terminant du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="70"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Les montants affectés à des entrées comptent le jour de l&apos;entrée ; le reste d&apos;un paiement compte quand la période qu&apos;il couvre se termine dans cette période (le jour de son arrivée, si aucune période n&apos;est enregistrée). Solde = gagné - payé : l&apos;argent qui vous est encore dû (en retard s&apos;il a passé son échéance).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="74"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="75"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Vous êtes salarié : les heures des catégories que les conditions disent non payées restent des heures travaillées et sont payées, au taux horaire convenu (ou au salaire minimum pour des conditions à l&apos;unité).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="78"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Les primes et ajustements datés de la période sont ajoutés.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="79"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Aucune règle d&apos;heures supplémentaires n&apos;est connue pour la juridiction de ce client.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="80"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h ; taux normal ({straight} + prime {bonus}) / {hours} h = {rate}/h ; {overtime} h à {multiplier}x et {double} h à 2x : majoration {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="83"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>Le salaire minimum est en {wage_currency} et vous êtes payé en {currency} : chaque semaine de travail le convertit au taux le plus récent de vos propres relevés, au plus tard le dernier jour de la semaine (un taux que vous avez enregistré ou qu&apos;un relevé montrait ; sinon celui d&apos;un paiement converti), jamais un taux du réseau. Le minimum horaire à ce taux est le minimum dans la monnaie de votre paie.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="88"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>somme du manque propre à chaque jour de chaque entrée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="89"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, jamais en dessous de zéro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="90"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (minimum {wage}/h à {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="91"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h au salaire minimum{converted} = {required} ; les conditions paient {pay} ; il manque {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="93"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semaine de travail du {start} au {end} : {hours} h x {floor} = {required} ; les conditions paient {pay} ; il manque {shortfall} ({required} - {pay}, jamais en dessous de zéro).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="95"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>enregistrez le taux auquel vous avez été payé : {command} (ou n&apos;importe quel jour avant)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="96"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Aucun salaire minimum ne s&apos;applique : aucun n&apos;est connu pour le lieu de ce client, aucune condition de paie n&apos;est enregistrée, ou aucune semaine de travail ne se termine dans cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="98"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; le 7e jour consécutif de la semaine de travail aussi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="102"/>
        <source>owed: you are an employee</source>
        <translation>dû : vous êtes salarié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="103"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="104"/>
        <source>hours worked</source>
        <translation>heures travaillées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="105"/>
        <source>hours the terms pay for</source>
        <translation>heures que les conditions paient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="106"/>
        <source>straight time</source>
        <translation>temps normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="107"/>
        <source>bonuses and adjustments</source>
        <translation>primes et ajustements</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="108"/>
        <source>overtime premium owed</source>
        <translation>majoration d&apos;heures supplémentaires due</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="109"/>
        <source>earned</source>
        <translation>gagné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="110"/>
        <source>shortfall</source>
        <translation>manque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="112"/>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="113"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="114"/>
        <source>regular rate</source>
        <translation>taux normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="115"/>
        <source>overtime hours</source>
        <translation>heures supplémentaires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="116"/>
        <source>double-time hours</source>
        <translation>heures doublées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="117"/>
        <source>premium</source>
        <translation>majoration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="118"/>
        <source>rate</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="119"/>
        <source>minimum per hour</source>
        <translation>minimum horaire</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="120"/>
        <source>required</source>
        <translation>exigé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="121"/>
        <source>agreed pay</source>
        <translation>paie convenue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="122"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>productive</source>
        <translation>productif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="123"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="124"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>onboarding</source>
        <translation>intégration</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="125"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="126"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>waiting</source>
        <translation>attente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="127"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>rework</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="128"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>admin</source>
        <translation>administratif</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="129"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>travel</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="130"/>
        <source>your record</source>
        <translation>votre relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="131"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="139"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>livreurs de restaurants via application, par heure de temps actif, avant pourboires</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="140"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>travailleurs via application, par heure de temps engagé (0,44 par minute ; plus 0,74 par mille engagé et au moins 5,00 par offre, non modélisés)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="142"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>travailleurs via application, par heure de temps engagé (0,45 par minute ; plus 0,77 par mille engagé et au moins 5,20 par offre, non modélisés)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="229"/>
        <source>A report made from the worker&apos;s own records</source>
        <translation>Un rapport établi à partir des propres relevés de la personne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="212"/>
        <source>Made by Contractor Ledger on {day} from the worker&apos;s own records</source>
        <translation>Établi par Contractor Ledger le {day} à partir des propres relevés de la personne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="219"/>
        <source>page {number} of {total}</source>
        <translation>page {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="17"/>
        <location filename="../../contractor_app/reports/privacy.py" line="45"/>
        <source>all clients</source>
        <translation>tous les clients</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="31"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="43"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="49"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="25"/>
        <source>Nothing was recorded in this period.</source>
        <translation>Rien n&apos;a été enregistré sur cette période.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Earned</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="33"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="18"/>
        <location filename="../../contractor_app/reports/privacy.py" line="44"/>
        <source>The worker</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="46"/>
        <source>What data the work involved, what the platforms collected about the worker, and what happened to it. Made from the worker&apos;s own records.</source>
        <translation>Les données que le travail a impliquées, ce que les plateformes ont collecté sur la personne et ce qu&apos;il en est advenu. Établi à partir des propres relevés de la personne.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="108"/>
        <source>Data-access requests</source>
        <translation>Demandes d&apos;accès aux données</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="26"/>
        <source>biometrics may only be processed to authenticate the worker (EU Platform Work Directive art. 7)</source>
        <translation>les données biométriques ne peuvent être traitées que pour authentifier la personne (directive européenne sur le travail via une plateforme, art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="28"/>
        <source>continuous webcam monitoring may reveal emotional state or private life, which platforms may not process (EU Platform Work Directive art. 7)</source>
        <translation>la surveillance continue par webcam peut révéler l&apos;état émotionnel ou la vie privée, que les plateformes ne peuvent pas traiter (directive européenne sur le travail via une plateforme, art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="36"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="51"/>
        <source>No data records or incidents are recorded yet. Record them with `data handled`, `data collected` and `incident add`.</source>
        <translation>Aucun relevé de données ni incident n&apos;est encore enregistré. Enregistrez-les avec `data handled`, `data collected` et `incident add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="82"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>waiting, in time</source>
        <translation>en attente, dans les délais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>OVERDUE: no answer</source>
        <translation>EN RETARD : sans réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="101"/>
        <source>answered in part</source>
        <translation>réponse partielle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="102"/>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Law</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Standing</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="111"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="123"/>
        <source>Received from {client} for the request of {sent}: 1 file, kept as evidence</source>
        <translation>Reçu de {client} pour la demande du {sent} : 1 fichier, conservé comme preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="125"/>
        <source>Received from {client} for the request of {sent}: {count} files, kept as evidence</source>
        <translation>Reçu de {client} pour la demande du {sent} : {count} fichiers, conservés comme preuve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="147"/>
        <source>What the incidents cost you: {costs}.</source>
        <translation>Ce que les incidents vous ont coûté : {costs}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="60"/>
        <source>Data you handled for them</source>
        <translation>Données que vous avez traitées pour eux</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="67"/>
        <source>What they collected about you</source>
        <translation>Ce qu&apos;ils ont collecté sur vous</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Data involved</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Steps taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Whose data</source>
        <translation>Données de qui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <source>Retention you were told</source>
        <translation>Conservation annoncée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Kept on</source>
        <translation>Conservé le</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="146"/>
        <source>{hours} hours</source>
        <translation>{hours} heures</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="148"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="119"/>
        <source>{client}: the {sent} request was due by {due} and is unanswered.</source>
        <translation>{client} : la demande du {sent} devait recevoir une réponse au plus tard le {due} et reste sans réponse.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="72"/>
        <source>not told</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="79"/>
        <source>{tool} ({monitoring}): consent {consent}.</source>
        <translation>{tool} ({monitoring}) : consentement {consent}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="113"/>
        <source> (extended {day})</source>
        <translation> (prolongé le {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>e-mailed</source>
        <translation>envoyé par courriel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>copied</source>
        <translation>copié</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="56"/>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="29"/>
        <source>When these records existed</source>
        <translation>Quand ces relevés existaient</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="61"/>
        <source> (the worker&apos;s record of sending it)</source>
        <translation> (relevé d&apos;envoi tenu par la personne)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="62"/>
        <source>{day}, by the worker&apos;s own records only (not sent or time-stamped)</source>
        <translation>{day}, selon les seuls relevés de la personne (ni envoyé ni horodaté)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="35"/>
        <source>An anchor is the fingerprint of the whole history on that day (recompute it from the records: see docs/evidence.md). Each record is counted under the first anchor that includes its latest change.</source>
        <translation>Une ancre est l&apos;empreinte de tout l&apos;historique ce jour-là (elle peut être recalculée à partir des relevés : voir docs/evidence.md). Chaque relevé est compté sous la première ancre qui inclut sa dernière modification.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="40"/>
        <source>No anchor of these records was made yet: nothing outside the records shows when they were written.</source>
        <translation>Aucune ancre de ces relevés n&apos;a encore été faite : rien en dehors des relevés ne montre quand ils ont été écrits.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="69"/>
        <source>Clock: every change to these records was recorded at a time after the change before it.</source>
        <translation>Horloge : chaque modification de ces relevés a été enregistrée à une heure postérieure à la modification précédente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Record</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Recorded at (UTC)</source>
        <translation>Enregistré à (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Change before it at (UTC)</source>
        <translation>Modification précédente à (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Records</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="33"/>
        <source>These records existed, as they are now, no later than</source>
        <translation>Ces relevés existaient, tels qu&apos;ils sont aujourd&apos;hui, au plus tard</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="73"/>
        <source>The computer&apos;s clock was set back: {count} change(s) to these records are recorded at a time before the change ahead of them, so their recorded times cannot be relied on.</source>
        <translation>L&apos;horloge de l&apos;ordinateur a été reculée : {count} modification(s) de ces relevés sont enregistrées à une heure antérieure à la modification qui les précède ; leurs heures enregistrées ne sont donc pas fiables.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="53"/>
        <source>{at} UTC, per {authority} (RFC 3161 time stamp)</source>
        <translation>{at} UTC, selon {authority} (horodatage RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="58"/>
        <source> to {recipient}</source>
        <translation> à {recipient}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="45"/>
        <source>Written or changed after the latest anchor ({count}): {named}</source>
        <translation>Écrits ou modifiés après la dernière ancre ({count}) : {named}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="47"/>
        <source>; and {more} more</source>
        <translation>; et {more} de plus</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Les montants juridiques sont une estimation — et non un conseil juridique.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="233"/>
        <source>a written contract</source>
        <translation>un contrat écrit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="234"/>
        <source>a written pre-contract disclosure of the terms (not a written contract)</source>
        <translation>une information écrite préalable sur les conditions (et non un contrat écrit)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="31"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="50"/>
        <source>Pay transparency</source>
        <translation>Transparence salariale</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} share</source>
        <translation>{count} partage</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} shares</source>
        <translation>{count} partages</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="35"/>
        <source>all platforms</source>
        <translation>toutes les plateformes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="36"/>
        <source>Made from anonymous shares; figures are as the workers recorded them — not legal advice</source>
        <translation>Établi à partir de partages anonymes ; les chiffres sont ceux que les travailleurs ont notés — ce n&apos;est pas un avis juridique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="38"/>
        <source>Made by Contractor Ledger on {day} from workers&apos; anonymous shares</source>
        <translation>Établi par Contractor Ledger le {day} à partir de partages anonymes de travailleurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="52"/>
        <source>The hourly rate is what each worker was paid divided by all the hours they worked, unpaid time included. Below the minimum wage means the agreed pay was below the minimum wage of the worker&apos;s place for some hours. Quartiles: a quarter of workers were paid less than the lower quartile, a quarter more than the upper.</source>
        <translation>Le taux horaire est ce que chaque travailleur a été payé, divisé par toutes les heures qu&apos;il a travaillées, temps non payé compris. Sous le minimum signifie que la rémunération convenue était inférieure au salaire minimum du lieu du travailleur pour certaines heures. Quartiles : un quart des travailleurs ont été payés moins que le quartile inférieur, un quart plus que le quartile supérieur.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="56"/>
        <source>To protect each worker, a cell with fewer than {minimum} workers is suppressed: it is listed without figures.</source>
        <translation>Pour protéger chaque travailleur, une case de moins de {minimum} travailleurs est masquée : elle figure sans chiffres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="58"/>
        <source>{count} cell was suppressed.</source>
        <translation>{count} case a été masquée.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="59"/>
        <source>{count} cells were suppressed.</source>
        <translation>{count} cases ont été masquées.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="66"/>
        <source>Median hourly rate, {currency}</source>
        <translation>Taux horaire médian, {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="68"/>
        <source>Every platform or kind of work and month</source>
        <translation>Chaque plateforme ou type de travail et mois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Platform or kind</source>
        <translation>Plateforme ou type</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Median / hour</source>
        <translation>Médiane / heure</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Quartiles</source>
        <translation>Quartiles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Below minimum</source>
        <translation>Sous le minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="76"/>
        <source>Files refused</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="87"/>
        <source>{count} share counted (a share is one worker&apos;s file)</source>
        <translation>{count} partage compté (un partage est le fichier d&apos;un travailleur)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="88"/>
        <source>{count} shares counted (a share is one worker&apos;s file)</source>
        <translation>{count} partages comptés (un partage est le fichier d&apos;un travailleur)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="90"/>
        <source>{count} file held a share already counted</source>
        <translation>{count} fichier contenait un partage déjà compté</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="91"/>
        <source>{count} files held shares already counted</source>
        <translation>{count} fichiers contenaient des partages déjà comptés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="93"/>
        <source>{count} file refused (listed at the end)</source>
        <translation>{count} fichier refusé (listé à la fin)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="94"/>
        <source>{count} files refused (listed at the end)</source>
        <translation>{count} fichiers refusés (listés à la fin)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>transcription</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>moderation</source>
        <translation>modération</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>writing</source>
        <translation>rédaction</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>delivery</source>
        <translation>livraison</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>driving</source>
        <translation>conduite</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="116"/>
        <source>suppressed</source>
        <translation>masquée</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="118"/>
        <source>{count} worker</source>
        <translation>{count} travailleur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="119"/>
        <source>{count} workers</source>
        <translation>{count} travailleurs</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="152"/>
        <source>per hour, all hours counted</source>
        <translation>par heure, toutes les heures comptées</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="163"/>
        <source>{first} to {last}</source>
        <translation>{first} à {last}</translation>
    </message>
</context>
</TS>
