<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>request to know</source>
        <translation>solicitud de conocimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>subject access request</source>
        <translation>solicitud de acceso a datos personales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="31"/>
        <source>the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>la autoridad de control de protección de datos (artículo 77 del RGPD), y a ejercer la tutela judicial (artículo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="33"/>
        <source>the Information Commissioner&apos;s Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>la Information Commissioner&apos;s Office (artículo 77 del RGPD del Reino Unido), y a ejercer la tutela judicial (artículo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="35"/>
        <source>the California Privacy Protection Agency and the California Attorney General</source>
        <translation>la California Privacy Protection Agency y el Fiscal General de California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="65"/>
        <source>The law required your answer by {due}.</source>
        <translation>La ley les exigía responder a más tardar el {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="95"/>
        <source>So far I have received 1 file from you, kept in my records on {days}.</source>
        <translation>Hasta la fecha he recibido de ustedes 1 archivo, conservado en mis registros el {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="97"/>
        <source>So far I have received {count} files from you, kept in my records on {days}.</source>
        <translation>Hasta la fecha he recibido de ustedes {count} archivos, conservados en mis registros el {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="115"/>
        <location filename="../../contractor_app/reports/access_request.py" line="97"/>
        <source>Yours faithfully,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="119"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records of the request. This letter is a template, not legal advice.</source>
        <translation>Preparada con Contractor Ledger a partir de los registros de la solicitud que lleva la propia persona trabajadora. Esta carta es un modelo, no asesoría legal.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by post</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="24"/>
        <source>through your web form</source>
        <translation>mediante su formulario web</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="25"/>
        <source>in your app</source>
        <translation>en su aplicación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="60"/>
        <source>On {sent} I sent you a {request} {via}; it reached you on {received}.</source>
        <translation>El {sent} les envié una {request} {via}; la recibieron el {received}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="61"/>
        <source>On {sent} I sent you a {request} {via}.</source>
        <translation>El {sent} les envié una {request} {via}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="63"/>
        <source>I made it under the {law} ({citation}).</source>
        <translation>La presenté al amparo de la {law} ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="71"/>
        <source>Follow-up: {request} of {sent}, unanswered</source>
        <translation>Seguimiento: {request} del {sent}, sin respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="73"/>
        <source>That deadline, {due}, has passed, and I have not received your answer. You have not told me of any reason for refusing my request.</source>
        <translation>Ese plazo, el {due}, ha vencido y no he recibido su respuesta. No me han comunicado ningún motivo para denegar mi solicitud.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="77"/>
        <source>Follow-up: {request} of {sent}, answered in part</source>
        <translation>Seguimiento: {request} del {sent}, respondida en parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="79"/>
        <source>Your answer of {answered} is incomplete.</source>
        <translation>Su respuesta del {answered} está incompleta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="102"/>
        <source>Please send me, without further delay and free of charge, everything my request covers, and in particular what was missing:</source>
        <translation>Les ruego que me envíen, sin más demora y de forma gratuita, todo lo que abarca mi solicitud y, en particular, lo que faltaba:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="104"/>
        <source>Please send me, without further delay and free of charge, everything my request covers:</source>
        <translation>Les ruego que me envíen, sin más demora y de forma gratuita, todo lo que abarca mi solicitud:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="67"/>
        <source>On {extended} you told me you needed longer, as the law allows once; that moved the deadline to {due}.</source>
        <translation>El {extended} me comunicaron que necesitaban más tiempo, como la ley permite una sola vez; con ello el plazo pasó al {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="84"/>
        <source>It did not include: {missing}.</source>
        <translation>No incluía: {missing}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="111"/>
        <source>If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not receive a complete answer, I may complain to {authority}.</source>
        <translation>Si no van a facilitar alguna parte, indíquenme cuál, por qué y con qué fundamento jurídico. Si no recibo una respuesta completa, podré presentar una reclamación ante {authority}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="82"/>
        <source>It came after the deadline of {due}.</source>
        <translation>Llegó después del plazo del {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="88"/>
        <source>My account or worker ID is {worker_id}.</source>
        <translation>Mi cuenta o identificador de trabajador es {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="29"/>
        <source>the data protection law that applies to you, including Article 15 GDPR where it applies</source>
        <translation>la ley de protección de datos que le sea aplicable, incluido el artículo 15 del RGPD cuando proceda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>Subject access request</source>
        <translation>Solicitud de acceso a datos personales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>one month</source>
        <translation>un mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="37"/>
        <source>(Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(artículos 15.1.h y 22 del RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="38"/>
        <source>(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(y, cuando se aplique el RGPD, artículos 15.1.h y 22 del RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="40"/>
        <source>a copy of all personal data you hold about me, in a commonly used, machine-readable format</source>
        <translation>una copia de todos los datos personales que conservan sobre mí, en un formato de uso común y lectura mecánica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="42"/>
        <source>the purposes of each processing, and its legal basis</source>
        <translation>los fines de cada tratamiento y su base jurídica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="43"/>
        <source>the categories of personal data concerned, and where you obtained any data not collected from me</source>
        <translation>las categorías de datos personales de que se trate y, cuando no se hayan obtenido de mí, su origen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="45"/>
        <source>the recipients or categories of recipients, including processors, clients and any outside the EU/EEA</source>
        <translation>los destinatarios o categorías de destinatarios, incluidos encargados del tratamiento, clientes y cualquiera fuera del EEE/UE</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="47"/>
        <source>how long each category of data will be kept, or the criteria for deciding</source>
        <translation>el plazo de conservación de cada categoría de datos o los criterios para determinarlo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="48"/>
        <source>all activity and performance metrics about me: tasks, time measured, throughput, accuracy and quality scores, rejections and their reasons, with their dates</source>
        <translation>todas las métricas de actividad y rendimiento sobre mí: tareas, tiempo medido, productividad, puntuaciones de precisión y calidad, rechazos y sus motivos, con sus fechas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="50"/>
        <source>all ratings and reviews of my work, by customers, reviewers or your systems</source>
        <translation>todas las calificaciones y valoraciones de mi trabajo, hechas por clientes, revisores o sus sistemas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="51"/>
        <source>all monitoring recordings and screenshots: screen and activity recordings, webcam images, voice recordings, keystroke and mouse data, location, and the identity documents and biometric data I provided</source>
        <translation>todas las grabaciones y capturas de supervisión: grabaciones de pantalla y actividad, imágenes de cámara web, grabaciones de voz, datos de teclado y ratón, ubicación, y los documentos de identidad y datos biométricos que proporcioné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="54"/>
        <source>all internal profile tags and scores attached to my account (for example risk, fraud, trust, priority or quality flags), and what each means</source>
        <translation>todas las etiquetas y puntuaciones internas de perfil asociadas a mi cuenta (por ejemplo, indicadores de riesgo, fraude, confianza, prioridad o calidad) y el significado de cada una</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="60"/>
        <source>the records of my work you used to calculate my pay</source>
        <translation>los registros de mi trabajo que utilizaron para calcular mi pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="61"/>
        <source>any data behind a warning, suspension or deactivation of my account</source>
        <translation>cualquier dato en que se basara una advertencia, suspensión o desactivación de mi cuenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="23"/>
        <source>the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)</source>
        <translation>la Ley de Privacidad del Consumidor de California (California Consumer Privacy Act, Cal. Civ. Code 1798.100 y 1798.110)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>Request to know (right to know)</source>
        <translation>Solicitud de conocimiento (derecho a saber)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>45 days</source>
        <translation>45 días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="26"/>
        <source>Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)</source>
        <translation>el artículo 15 del Reglamento General de Protección de Datos (y el artículo 20 para una copia en formato de lectura mecánica)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="101"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records. This letter is a template, not legal advice; deadlines can be extended by law in some cases.</source>
        <translation>Preparada con Contractor Ledger a partir de los registros de la propia persona trabajadora. Esta carta es un modelo, no asesoría legal; en algunos casos la ley permite prorrogar los plazos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="56"/>
        <source>an explanation of any automated decision about my pay or the deactivation, suspension or restriction of my account, including profiling, with meaningful information about the logic involved, its significance and its consequences for me {articles}</source>
        <translation>una explicación de toda decisión automatizada sobre mi pago o sobre la desactivación, suspensión o restricción de mi cuenta, incluida la elaboración de perfiles, con información significativa sobre la lógica aplicada, su importancia y sus consecuencias para mí {articles}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="120"/>
        <source>Privacy / data protection officer</source>
        <translation>Delegado de protección de datos / privacidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="75"/>
        <source>in particular the data collected through: {tools}</source>
        <translation>en particular, los datos recabados mediante: {tools}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="92"/>
        <source>Please answer within {period} of receiving this request, that is by {deadline}, free of charge. If you need more information to identify me, tell me promptly. If you will not comply with any part of this request, tell me which part and why.</source>
        <translation>Les ruego que respondan en el plazo de {period} desde la recepción de esta solicitud, es decir, a más tardar el {deadline}, de forma gratuita. Si necesitan más información para identificarme, háganmelo saber sin demora. Si no van a atender alguna parte de esta solicitud, indíquenme cuál y por qué.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="80"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification} with the account or worker ID {worker_id}. Please provide:</source>
        <translation>Yo, {name}, les solicito, al amparo de {law}, el acceso a los datos personales que tratan sobre mí. He trabajado para ustedes como {classification} con la cuenta o identificador de trabajador {worker_id}. Les ruego que me faciliten:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="83"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification}. Please provide:</source>
        <translation>Yo, {name}, les solicito, al amparo de {law}, el acceso a los datos personales que tratan sobre mí. He trabajado para ustedes como {classification}. Les ruego que me faciliten:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="85"/>
        <source>[your full name]</source>
        <translation>[su nombre completo]</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="40"/>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="70"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="42"/>
        <source>Hours worked (all categories)</source>
        <translation>Horas trabajadas (todas las categorías)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="43"/>
        <source>Hours in paid categories</source>
        <translation>Horas en categorías pagadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="44"/>
        <source>Hours the client does not pay for</source>
        <translation>Horas que el cliente no paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="45"/>
        <source>Earned at the agreed rates</source>
        <translation>Ganado según las tarifas acordadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="46"/>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="47"/>
        <source>Balance owed</source>
        <translation>Saldo adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="48"/>
        <source>Real hourly rate (paid ÷ all hours)</source>
        <translation>Tarifa horaria real (pagado ÷ todas las horas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="65"/>
        <source>Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})</source>
        <translation>Salario mínimo (una referencia: eres contratista) ({jurisdiction}, desde el {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="66"/>
        <source>Minimum wage ({jurisdiction}, from {day})</source>
        <translation>Salario mínimo ({jurisdiction}, desde el {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="74"/>
        <source>! Agreed pay short of the minimum wage (hour by hour)</source>
        <translation>! Pago acordado inferior al salario mínimo (hora por hora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="76"/>
        <source>! Agreed pay short of the minimum wage (week by week)</source>
        <translation>! Pago acordado inferior al salario mínimo (semana por semana)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="80"/>
        <source>Overtime ({rule}, owed)</source>
        <translation>Horas extra ({rule}, adeudadas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="81"/>
        <source>Overtime ({rule}, estimate if you were an employee)</source>
        <translation>Horas extra ({rule}, estimación si fueras empleado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="157"/>
        <source>No payments recorded in this period.</source>
        <translation>No hay pagos registrados en este período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Pays for</source>
        <translation>Paga el período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="173"/>
        <source>No evidence files kept.</source>
        <translation>No se conservan archivos de prueba.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="182"/>
        <source>Latest change in the records</source>
        <translation>Último cambio en los registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="183"/>
        <source>History fingerprint (audit chain head)</source>
        <translation>Huella del historial (cabeza de la cadena de auditoría)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="184"/>
        <source>SHA-256 of this report&apos;s data</source>
        <translation>SHA-256 de los datos de este informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Ed25519, embedded in this file</source>
        <translation>Ed25519, incrustada en este archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="186"/>
        <source>Public key fingerprint</source>
        <translation>Huella de la clave pública</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="193"/>
        <source>Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed and whether the records have changed since.</source>
        <translation>Compruebe este archivo con: contractor-app verify-report ARCHIVO.pdf — confirma que no se ha cambiado ningún byte y si los registros han cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="57"/>
        <source>Net hourly rate ((paid − costs) ÷ all hours)</source>
        <translation>Tarifa horaria neta ((pagado − costos) ÷ todas las horas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <source>Figure</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="90"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="111"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="91"/>
        <location filename="../../contractor_app/reports/claim.py" line="91"/>
        <source>not paid</source>
        <translation>no pagada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="108"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="151"/>
        <source>No entries in this period.</source>
        <translation>No hay registros de trabajo en este período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="61"/>
        <source>Costs in other currencies, not subtracted</source>
        <translation>Costos en otras monedas, no restados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="54"/>
        <source>Costs of the work (fees {fees}, expenses {expenses}, distance {distance})</source>
        <translation>Costos del trabajo (comisiones {fees}, gastos {expenses}, distancia {distance})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="83"/>
        <source>{hours} h, premium {premium}</source>
        <translation>{hours} h, prima {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="109"/>
        <source>Earned per week ({currency})</source>
        <translation>Ganado por semana ({currency})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="70"/>
        <source>In {currency}, at {rate}</source>
        <translation>En {currency}, a {rate}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="31"/>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <source>Worker</source>
        <translation>Persona trabajadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="32"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="61"/>
        <source>no payment terms recorded</source>
        <translation>sin condiciones de pago registradas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="167"/>
        <source>The rules applied and their sources are listed after the log; the appendix works out each figure week by week.</source>
        <translation>Las reglas aplicadas y sus fuentes figuran después del registro; el apéndice calcula cada cifra semana por semana.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="44"/>
        <source>Claim packet: records of work and pay</source>
        <translation>Expediente de reclamación: registros de trabajo y pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="47"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="48"/>
        <source>The figures</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="63"/>
        <source>The parties</source>
        <translation>Las partes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="79"/>
        <source>These records were kept by the worker at the time of the work, in an encrypted, tamper-evident ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; the appendix lists every edit.</source>
        <translation>Estos registros los llevó la persona trabajadora en el momento del trabajo, en un registro cifrado que deja constancia de cualquier alteración. Se marcan los registros anotados más de 24 horas después del trabajo y los editados posteriormente; el apéndice enumera cada edición.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="99"/>
        <source>Daily log</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="106"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="107"/>
        <source>Evidence index</source>
        <translation>Índice de pruebas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="108"/>
        <source>Rules applied</source>
        <translation>Reglas aplicadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="109"/>
        <source>Appendix: how the figures were worked out</source>
        <translation>Apéndice: cómo se calcularon las cifras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="110"/>
        <source>Appendix: edit history</source>
        <translation>Apéndice: historial de ediciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="179"/>
        <source>This file is signed with the records&apos; key (see Integrity).</source>
        <translation>Este archivo está firmado con la clave de los registros (véase Integridad).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="269"/>
        <source>Not legal advice: each value is shown with the source it was taken from.</source>
        <translation>No es asesoría legal: cada valor se muestra con la fuente de la que se tomó.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="60"/>
        <source>paid within {days} days</source>
        <translation>pago en un plazo de {days} días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="86"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Late payments</source>
        <translation>Pagos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="128"/>
        <source>Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.</source>
        <translation>Saldo adeudado {balance}: ganado {earned} según las tarifas acordadas, pagado {paid}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="150"/>
        <source>The client agreed to pay at the rates recorded for {client}.</source>
        <translation>El cliente acordó pagar según las tarifas registradas para {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="154"/>
        <source>The minimum wage of {jurisdiction} applies ({official}; read in a copy at {source}).</source>
        <translation>Se aplica el salario mínimo de {jurisdiction} ({official}; leído en una copia en {source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="162"/>
        <source>That figure was read at a secondary source and is not yet checked against the official one.</source>
        <translation>Esa cifra se leyó en una fuente secundaria y aún no se ha verificado con la oficial.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="171"/>
        <source>{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} edited later, each edit listed); payments received: {payments}; evidence files, each with its SHA-256: {files}.</source>
        <translation>{entries} registros de trabajo ({hours} horas) anotados por la persona trabajadora en el momento ({late} anotados más de 24 horas después del trabajo, {edited} editados después, con cada edición listada); pagos recibidos: {payments}; archivos de prueba, cada uno con su SHA-256: {files}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="197"/>
        <source>Payment deadlines under {law}, which also entitles the worker to {requires}.</source>
        <translation>Plazos de pago según {law}, que también da derecho a la persona trabajadora a {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="218"/>
        <source> (read at a secondary source, not yet checked against the official one)</source>
        <translation> (leído en una fuente secundaria, aún no verificado con la oficial)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="227"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Minimum wage</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="228"/>
        <source>{jurisdiction} {amount}/h{as_stated} from {day}</source>
        <translation>{jurisdiction} {amount}/h{as_stated} desde el {day}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="235"/>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="241"/>
        <source>the worker&apos;s own records</source>
        <translation>los propios registros de la persona trabajadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>App-based pay floor</source>
        <translation>Pago mínimo para trabajo por aplicación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <source>{name} ({citation}): {amount} per {unit}, from {day}; </source>
        <translation>{name} ({citation}): {amount} por {unit}, desde el {day}; </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="252"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>Payment deadline</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="260"/>
        <source>{law}: {threshold} in a calendar year</source>
        <translation>{law}: {threshold} en un año natural</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="261"/>
        <source>{law}: {threshold} in {days} days</source>
        <translation>{law}: {threshold} en {days} días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="265"/>
        <source>No minimum wage, overtime or payment law applied to these records.</source>
        <translation>No se aplicó a estos registros ninguna ley de salario mínimo, horas extra o pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>Paid and owed</source>
        <translation>Pagado y adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="302"/>
        <source>No entry in this packet was edited after it was recorded.</source>
        <translation>Ningún registro de este expediente se editó después de anotarse.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>Entry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <source>Fields changed</source>
        <translation>Campos cambiados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="45"/>
        <source>Period {start} to {end}, reckoned on {as_of}</source>
        <translation>Período del {start} al {end}, calculado al {as_of}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="66"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="67"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="68"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="70"/>
        <source>Worker&apos;s id on the platform</source>
        <translation>Identificador del trabajador en la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="71"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="72"/>
        <source>Where the work is done</source>
        <translation>Dónde se realiza el trabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="74"/>
        <source>Pay terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="75"/>
        <source>Written contract on file</source>
        <translation>Contrato escrito archivado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Work done</source>
        <translation>Trabajo realizado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="89"/>
        <source>Law and remedy (estimate)</source>
        <translation>Ley y recurso (estimación)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="100"/>
        <source>{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); O overlaps another entry.</source>
        <translation>{entries} registros de trabajo, {hours} horas. Marcas: L anotado más de 24 h después del trabajo; E editado después de anotarse (véase el apéndice); O se superpone con otro registro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="112"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="132"/>
        <source>The agreed pay is below the minimum wage by {shortfall}.</source>
        <translation>El pago acordado está por debajo del salario mínimo en {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="139"/>
        <source>The agreed pay is below the app-based pay floor by {shortfall}.</source>
        <translation>El pago acordado está por debajo del pago mínimo para trabajo por aplicación en {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="143"/>
        <source>Payments late: {count}.</source>
        <translation>Pagos atrasados: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="148"/>
        <source>Payments short of what the work earned: {count}.</source>
        <translation>Pagos inferiores a lo que el trabajo generó: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="159"/>
        <source>The minimum wage of {jurisdiction} applies ({source}).</source>
        <translation>Se aplica el salario mínimo de {jurisdiction} ({source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="165"/>
        <source>Overtime under {rule}.</source>
        <translation>Horas extra según {rule}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="195"/>
        <source>Payment deadlines under {laws}.</source>
        <translation>Plazos de pago según {laws}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="199"/>
        <source>{law} entitles the worker to {requires}.</source>
        <translation>{law} da derecho a la persona trabajadora a {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="177"/>
        <source>This file is signed with the records&apos; key (see Integrity); the records were anchored, latest on {day}.</source>
        <translation>Este archivo está firmado con la clave de los registros (véase Integridad); los registros se anclaron, por última vez el {day}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>What is owed</source>
        <translation>Qué se adeuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="184"/>
        <source>On what evidence</source>
        <translation>Con qué pruebas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="51"/>
        <source>Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}</source>
        <translation>Pago incompleto del {start} al {end}: ganado {earned}, pagado {paid}, faltan {short}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="56"/>
        <source>{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on file.</source>
        <translation>{law}: el trabajo alcanzó {amount} el {day}, lo que da derecho a la persona trabajadora a {requires}; no consta ninguno.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="135"/>
        <source>Overtime premium {premium} (owed).</source>
        <translation>Prima por horas extra {premium} (adeudada).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="136"/>
        <source>Overtime premium {premium} (an estimate, owed if the worker is an employee).</source>
        <translation>Prima por horas extra {premium} (una estimación, adeudada si la persona trabajadora es empleada).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="145"/>
        <source>Remedies for late payment: up to {amount} more.</source>
        <translation>Recursos por pago atrasado: hasta {amount} más.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in {currency}</source>
        <translation>ninguno registrado: {weeks} semana(s) laboral(es) hasta el {day} sin comparar con el salario mínimo en {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="250"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>{law} ({citation}): {days} days</source>
        <translation>{law} ({citation}): {days} días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="292"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="236"/>
        <source>{source} (the worker&apos;s own records)</source>
        <translation>{source} (los propios registros de la persona trabajadora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="249"/>
        <source>the agreed pay is below it by {shortfall}</source>
        <translation>el pago acordado está por debajo en {shortfall}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="93"/>
        <source>due under the {basis} terms</source>
        <translation>vencido según las condiciones de {basis}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="94"/>
        <source>; up to {amount} more</source>
        <translation>; hasta {amount} más</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="20"/>
        <source>Pay summary</source>
        <translation>Resumen de pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para revisar tu pago, o para mostrar a un cliente tus horas, ingresos y pagos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Expediente de reclamación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para una reclamación salarial o un abogado: lo que se te debe, con los registros y pruebas que lo respaldan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="43"/>
        <source>Privacy report</source>
        <translation>Informe de privacidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Los datos que implicó tu trabajo y lo que las plataformas recopilaron sobre ti, con los incidentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Solicitud de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Una carta que pide a un cliente una copia de los datos personales que conserva sobre ti.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Seguimiento de solicitud de acceso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Una carta para una solicitud de acceso a datos que quedó sin respuesta tras su plazo, o cuya respuesta omitió información.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>contractor</source>
        <translation>contratista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>employee</source>
        <translation>empleado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="25"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (leído el {read} en una fuente secundaria; por confirmar en {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="208"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="26"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (leído en una copia en {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="27"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="28"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} el {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="29"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>los días de trabajo empiezan a las {start} {zone} (su zona: la de la ley no se conoce)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="30"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} al día{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="31"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} a la semana{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="32"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} al mes{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="33"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>El salario mínimo aquí está en {target} y a ti te pagan en {base}: {span} no se puede comparar sin un tipo de cambio de tus propios registros (esta aplicación nunca lo toma de la red). Para comparar, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="36"/>
        <source>workdays in your zone</source>
        <translation>días de trabajo en su zona</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="37"/>
        <source>workdays start at {start} {zone}</source>
        <translation>los días de trabajo empiezan a las {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="38"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="39"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Horas trabajadas del {start} al {end}, según los días de tu propia zona: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="40"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Tiempo ordinario: el trabajo de cada día según las condiciones vigentes ese día (por hora: tarifa x horas; por unidad: tarifa x unidades, el día en que empezó la entrada; un precio fijo una sola vez, el día del primer trabajo del encargo), redondeado al céntimo día por día.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="43"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Ganado = tiempo ordinario + bonos y ajustes + recargo por horas extra (solo se debe a empleados).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="45"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, y más de {daily} h en una jornada ({double} h: tiempo doble)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="46"/>
        <source>an estimate only: you are a contractor</source>
        <translation>solo una estimación: eres contratista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="47"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x la tarifa regular por las horas que pasen de {weekly} en la semana laboral{daily}{seventh} ({status}). Cada semana laboral se evalúa entera, en los días de la ley ({where}), y se cuenta una sola vez, en el periodo que contiene su último día. El recargo es lo que las horas extra añaden al tiempo ordinario ya contado: (multiplicador - 1) x tarifa regular x horas; la tarifa regular es el tiempo ordinario de la semana más los bonos, dividido entre todas sus horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="53"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>cada hora por separado: el pago de una entrada cubre solo las horas de esa entrada, y a una hora sin pago le falta el salario mínimo entero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="55"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>por semana laboral: el pago acordado de la semana (con bonos y ajustes) frente a sus horas al salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="57"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Eres contratista: el salario mínimo es una referencia, un derecho solo si te clasificaron mal. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="59"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Se juzga por lo que las condiciones acordadas pagan por las horas (las horas en categorías no pagadas cuentan como pagadas con nada), nunca por el dinero recibido: el dinero aún no recibido se debe, no está mal pagado. Salario mínimo {wage}/h{stated} ({jurisdiction}, desde el {since}); prueba: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="63"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Faltante del periodo = la suma de los faltantes de sus semanas laborales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="64"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Marcaste este cliente como trabajo por aplicación: {name} ({citation}) fija {amount} por {unit} para {applies_to}, desde el {since}, sea cual sea tu clasificación. Se juzga por semana laboral: las horas registradas al pago mínimo frente a lo que las condiciones acordadas pagan por ellas, con los bonos y ajustes fechados en la semana (las propinas no son pago según estas leyes).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="68"/>
        <source>the workweek ending {end}</source>
        <translation>la semana laboral que termina el {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="69"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semanas laborales que terminan del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="70"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Los importes asignados a entradas cuentan el día de la entrada; el resto de un pago cuenta cuando el periodo que cubre termina en este periodo (el día en que llegó, si no se registró periodo). Saldo = ganado - pagado: dinero que aún se le debe (atrasado si pasó su fecha de vencimiento).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="74"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="75"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Eres empleado: las horas en categorías que las condiciones llaman no pagadas siguen siendo horas trabajadas y se pagan, a la tarifa por hora acordada (o al salario mínimo con condiciones por unidad).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="78"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Se suman los bonos y ajustes fechados en el periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="79"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>No se conoce ninguna regla de horas extra para la jurisdicción de este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="80"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semana laboral del {start} al {end}: {hours} h; tarifa regular ({straight} + bono {bonus}) / {hours} h = {rate}/h; {overtime} h a {multiplier}x y {double} h a 2x: recargo {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="83"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>El salario mínimo está en {wage_currency} y a ti te pagan en {currency}: cada semana laboral lo convierte al tipo más reciente de tus propios registros en el último día de la semana o antes (un tipo que registraste o que mostró un extracto; si no, el de un pago convertido), nunca uno de la red. El mínimo por hora a ese tipo es el mínimo en la moneda de tu pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="88"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>suma del faltante propio de cada día de cada entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="89"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, nunca menos de cero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="90"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (mínimo {wage}/h a {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="91"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semana laboral del {start} al {end}: {hours} h al salario mínimo{converted} = {required}; las condiciones pagan {pay}; faltan {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="93"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semana laboral del {start} al {end}: {hours} h x {floor} = {required}; las condiciones pagan {pay}; faltan {shortfall} ({required} - {pay}, nunca menos de cero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="95"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>registre el tipo al que le pagaron: {command} (o cualquier día anterior)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="96"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>No se aplica ningún salario mínimo: no se conoce ninguno para el lugar de este cliente, no hay condiciones de pago registradas o ninguna semana laboral termina en este periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="98"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; también el 7.º día consecutivo de la semana laboral</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="102"/>
        <source>owed: you are an employee</source>
        <translation>se debe: eres empleado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="103"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="104"/>
        <source>hours worked</source>
        <translation>horas trabajadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="105"/>
        <source>hours the terms pay for</source>
        <translation>horas que pagan las condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="106"/>
        <source>straight time</source>
        <translation>tiempo ordinario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="107"/>
        <source>bonuses and adjustments</source>
        <translation>bonos y ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="108"/>
        <source>overtime premium owed</source>
        <translation>recargo por horas extra adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="109"/>
        <source>earned</source>
        <translation>ganado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="110"/>
        <source>shortfall</source>
        <translation>faltante</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="112"/>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="113"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="114"/>
        <source>regular rate</source>
        <translation>tarifa regular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="115"/>
        <source>overtime hours</source>
        <translation>horas extra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="116"/>
        <source>double-time hours</source>
        <translation>horas a tiempo doble</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="117"/>
        <source>premium</source>
        <translation>recargo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="118"/>
        <source>rate</source>
        <translation>tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="119"/>
        <source>minimum per hour</source>
        <translation>mínimo por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="120"/>
        <source>required</source>
        <translation>requerido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="121"/>
        <source>agreed pay</source>
        <translation>pago acordado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="122"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>productive</source>
        <translation>productivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="123"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>training</source>
        <translation>capacitación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="124"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>onboarding</source>
        <translation>incorporación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="125"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="126"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>waiting</source>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="127"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>rework</source>
        <translation>corrección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="128"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="129"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>travel</source>
        <translation>traslado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="130"/>
        <source>your record</source>
        <translation>su registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="131"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="139"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>repartidores de restaurantes por aplicación, por hora de tiempo activo, antes de propinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="140"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>trabajadores por aplicación, por hora de tiempo comprometido (0,44 por minuto; más 0,74 por milla comprometida y al menos 5,00 por oferta, no modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="142"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>trabajadores por aplicación, por hora de tiempo comprometido (0,45 por minuto; más 0,77 por milla comprometida y al menos 5,20 por oferta, no modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="229"/>
        <source>A report made from the worker&apos;s own records</source>
        <translation>Un informe elaborado a partir de los propios registros de la persona trabajadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="212"/>
        <source>Made by Contractor Ledger on {day} from the worker&apos;s own records</source>
        <translation>Elaborado con Contractor Ledger el {day} a partir de los propios registros de la persona trabajadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="219"/>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="17"/>
        <location filename="../../contractor_app/reports/privacy.py" line="45"/>
        <source>all clients</source>
        <translation>todos los clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="31"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="43"/>
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="49"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="25"/>
        <source>Nothing was recorded in this period.</source>
        <translation>No se registró nada en este período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="33"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="18"/>
        <location filename="../../contractor_app/reports/privacy.py" line="44"/>
        <source>The worker</source>
        <translation>La persona trabajadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="46"/>
        <source>What data the work involved, what the platforms collected about the worker, and what happened to it. Made from the worker&apos;s own records.</source>
        <translation>Qué datos implicó el trabajo, qué recopilaron las plataformas sobre la persona trabajadora y qué pasó con ellos. Elaborado a partir de los propios registros de la persona trabajadora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="108"/>
        <source>Data-access requests</source>
        <translation>Solicitudes de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="26"/>
        <source>biometrics may only be processed to authenticate the worker (EU Platform Work Directive art. 7)</source>
        <translation>los datos biométricos solo pueden tratarse para autenticar a la persona trabajadora (Directiva de la UE sobre el trabajo en plataformas, art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="28"/>
        <source>continuous webcam monitoring may reveal emotional state or private life, which platforms may not process (EU Platform Work Directive art. 7)</source>
        <translation>la supervisión continua por cámara web puede revelar el estado emocional o la vida privada, que las plataformas no pueden tratar (Directiva de la UE sobre el trabajo en plataformas, art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="36"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="51"/>
        <source>No data records or incidents are recorded yet. Record them with `data handled`, `data collected` and `incident add`.</source>
        <translation>Aún no hay registros de datos ni incidentes. Regístralos con `data handled`, `data collected` e `incident add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="82"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>waiting, in time</source>
        <translation>en espera, en plazo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>OVERDUE: no answer</source>
        <translation>VENCIDA: sin respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="101"/>
        <source>answered in part</source>
        <translation>respondida en parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="102"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="111"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="123"/>
        <source>Received from {client} for the request of {sent}: 1 file, kept as evidence</source>
        <translation>Recibido de {client} para la solicitud del {sent}: 1 archivo, conservado como prueba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="125"/>
        <source>Received from {client} for the request of {sent}: {count} files, kept as evidence</source>
        <translation>Recibido de {client} para la solicitud del {sent}: {count} archivos, conservados como prueba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="147"/>
        <source>What the incidents cost you: {costs}.</source>
        <translation>Lo que te costaron los incidentes: {costs}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="60"/>
        <source>Data you handled for them</source>
        <translation>Datos que manejaste para ellos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="67"/>
        <source>What they collected about you</source>
        <translation>Lo que recopilaron sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Data involved</source>
        <translation>Datos afectados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Steps taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Whose data</source>
        <translation>De quién son los datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <source>Retention you were told</source>
        <translation>Conservación que te indicaron</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Kept on</source>
        <translation>Conservado el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="146"/>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="148"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="119"/>
        <source>{client}: the {sent} request was due by {due} and is unanswered.</source>
        <translation>{client}: la solicitud del {sent} vencía el {due} y no tiene respuesta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="72"/>
        <source>not told</source>
        <translation>no se indicó</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="79"/>
        <source>{tool} ({monitoring}): consent {consent}.</source>
        <translation>{tool} ({monitoring}): consentimiento {consent}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="113"/>
        <source> (extended {day})</source>
        <translation> (prorrogado el {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>e-mailed</source>
        <translation>enviado por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>copied</source>
        <translation>copiado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="56"/>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="29"/>
        <source>When these records existed</source>
        <translation>Cuándo existían estos registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="61"/>
        <source> (the worker&apos;s record of sending it)</source>
        <translation> (constancia de envío de la persona trabajadora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="62"/>
        <source>{day}, by the worker&apos;s own records only (not sent or time-stamped)</source>
        <translation>{day}, solo según los propios registros de la persona trabajadora (no enviada ni con sello de tiempo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="35"/>
        <source>An anchor is the fingerprint of the whole history on that day (recompute it from the records: see docs/evidence.md). Each record is counted under the first anchor that includes its latest change.</source>
        <translation>Un ancla es la huella de todo el historial en ese día (puede recalcularse a partir de los registros: véase docs/evidence.md). Cada registro se cuenta en la primera ancla que incluye su último cambio.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="40"/>
        <source>No anchor of these records was made yet: nothing outside the records shows when they were written.</source>
        <translation>Aún no se ha hecho ninguna ancla de estos registros: nada fuera de los registros muestra cuándo se escribieron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="69"/>
        <source>Clock: every change to these records was recorded at a time after the change before it.</source>
        <translation>Reloj: cada cambio en estos registros se anotó en un momento posterior al cambio anterior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Recorded at (UTC)</source>
        <translation>Anotado a las (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Change before it at (UTC)</source>
        <translation>Cambio anterior a las (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Anchor</source>
        <translation>Ancla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="33"/>
        <source>These records existed, as they are now, no later than</source>
        <translation>Estos registros existían, tal como están ahora, a más tardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="73"/>
        <source>The computer&apos;s clock was set back: {count} change(s) to these records are recorded at a time before the change ahead of them, so their recorded times cannot be relied on.</source>
        <translation>El reloj de la computadora se atrasó: {count} cambio(s) en estos registros aparecen anotados antes que el cambio que los precede, por lo que no puede confiarse en sus horas registradas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="53"/>
        <source>{at} UTC, per {authority} (RFC 3161 time stamp)</source>
        <translation>{at} UTC, según {authority} (sello de tiempo RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="58"/>
        <source> to {recipient}</source>
        <translation> a {recipient}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="45"/>
        <source>Written or changed after the latest anchor ({count}): {named}</source>
        <translation>Escritos o cambiados después de la última ancla ({count}): {named}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="47"/>
        <source>; and {more} more</source>
        <translation>; y {more} más</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Las cifras legales son una estimación — no constituyen asesoría legal.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="233"/>
        <source>a written contract</source>
        <translation>un contrato por escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="234"/>
        <source>a written pre-contract disclosure of the terms (not a written contract)</source>
        <translation>una divulgación escrita de las condiciones antes del contrato (no un contrato por escrito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="31"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="50"/>
        <source>Pay transparency</source>
        <translation>Transparencia salarial</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} share</source>
        <translation>{count} aporte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} shares</source>
        <translation>{count} aportes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="35"/>
        <source>all platforms</source>
        <translation>todas las plataformas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="36"/>
        <source>Made from anonymous shares; figures are as the workers recorded them — not legal advice</source>
        <translation>Hecho con aportes anónimos; las cifras son las que anotaron los trabajadores — no es asesoría legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="38"/>
        <source>Made by Contractor Ledger on {day} from workers&apos; anonymous shares</source>
        <translation>Hecho con Contractor Ledger el {day} a partir de aportes anónimos de trabajadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="52"/>
        <source>The hourly rate is what each worker was paid divided by all the hours they worked, unpaid time included. Below the minimum wage means the agreed pay was below the minimum wage of the worker&apos;s place for some hours. Quartiles: a quarter of workers were paid less than the lower quartile, a quarter more than the upper.</source>
        <translation>La tarifa por hora es lo que se pagó a cada trabajador dividido entre todas las horas que trabajó, incluido el tiempo no pagado. Por debajo del mínimo significa que el pago acordado estuvo por debajo del salario mínimo del lugar del trabajador durante algunas horas. Cuartiles: a una cuarta parte de los trabajadores se le pagó menos que el cuartil inferior, y a otra cuarta parte más que el superior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="56"/>
        <source>To protect each worker, a cell with fewer than {minimum} workers is suppressed: it is listed without figures.</source>
        <translation>Para proteger a cada trabajador, se omite una celda con menos de {minimum} trabajadores: aparece sin cifras.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="58"/>
        <source>{count} cell was suppressed.</source>
        <translation>Se omitió {count} celda.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="59"/>
        <source>{count} cells were suppressed.</source>
        <translation>Se omitieron {count} celdas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="66"/>
        <source>Median hourly rate, {currency}</source>
        <translation>Tarifa por hora mediana, {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="68"/>
        <source>Every platform or kind of work and month</source>
        <translation>Cada plataforma o tipo de trabajo y mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Platform or kind</source>
        <translation>Plataforma o tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Median / hour</source>
        <translation>Mediana / hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Quartiles</source>
        <translation>Cuartiles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Below minimum</source>
        <translation>Bajo el mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="76"/>
        <source>Files refused</source>
        <translation>Archivos rechazados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="87"/>
        <source>{count} share counted (a share is one worker&apos;s file)</source>
        <translation>{count} aporte contado (un aporte es el archivo de un trabajador)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="88"/>
        <source>{count} shares counted (a share is one worker&apos;s file)</source>
        <translation>{count} aportes contados (un aporte es el archivo de un trabajador)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="90"/>
        <source>{count} file held a share already counted</source>
        <translation>{count} archivo contenía un aporte ya contado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="91"/>
        <source>{count} files held shares already counted</source>
        <translation>{count} archivos contenían aportes ya contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="93"/>
        <source>{count} file refused (listed at the end)</source>
        <translation>{count} archivo rechazado (en la lista del final)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="94"/>
        <source>{count} files refused (listed at the end)</source>
        <translation>{count} archivos rechazados (en la lista del final)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>rating</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>transcription</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>moderation</source>
        <translation>moderación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>writing</source>
        <translation>redacción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>delivery</source>
        <translation>reparto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>driving</source>
        <translation>conducción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="116"/>
        <source>suppressed</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="118"/>
        <source>{count} worker</source>
        <translation>{count} trabajador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="119"/>
        <source>{count} workers</source>
        <translation>{count} trabajadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="152"/>
        <source>per hour, all hours counted</source>
        <translation>por hora, contando todas las horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="163"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
</context>
</TS>
