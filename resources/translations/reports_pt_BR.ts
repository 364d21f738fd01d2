<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>request to know</source>
        <translation>solicitação de informação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>subject access request</source>
        <translation>solicitação de acesso a dados pessoais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="31"/>
        <source>the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>a autoridade de controle de proteção de dados (artigo 77 do RGPD), e buscar a tutela judicial (artigo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="33"/>
        <source>the Information Commissioner&apos;s Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>o Information Commissioner&apos;s Office (artigo 77 do RGPD do Reino Unido), e buscar a tutela judicial (artigo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="35"/>
        <source>the California Privacy Protection Agency and the California Attorney General</source>
        <translation>a California Privacy Protection Agency e o Procurador-Geral da Califórnia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="65"/>
        <source>The law required your answer by {due}.</source>
        <translation>A lei exigia a resposta de Vossas Senhorias até {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="95"/>
        <source>So far I have received 1 file from you, kept in my records on {days}.</source>
        <translation>Até o momento, recebi de Vossas Senhorias 1 arquivo, guardado nos meus registros em {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="97"/>
        <source>So far I have received {count} files from you, kept in my records on {days}.</source>
        <translation>Até o momento, recebi de Vossas Senhorias {count} arquivos, guardados nos meus registros em {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="115"/>
        <location filename="../../contractor_app/reports/access_request.py" line="97"/>
        <source>Yours faithfully,</source>
        <translation>Atenciosamente,</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="119"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records of the request. This letter is a template, not legal advice.</source>
        <translation>Preparada com o Contractor Ledger a partir dos registros da solicitação mantidos pela própria pessoa trabalhadora. Esta carta é um modelo, não aconselhamento jurídico.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by email</source>
        <translation>por e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by post</source>
        <translation>pelo correio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="24"/>
        <source>through your web form</source>
        <translation>pelo formulário da sua página</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="25"/>
        <source>in your app</source>
        <translation>no seu aplicativo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="60"/>
        <source>On {sent} I sent you a {request} {via}; it reached you on {received}.</source>
        <translation>Em {sent}, enviei a Vossas Senhorias uma {request} {via}; ela foi recebida em {received}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="61"/>
        <source>On {sent} I sent you a {request} {via}.</source>
        <translation>Em {sent}, enviei a Vossas Senhorias uma {request} {via}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="63"/>
        <source>I made it under the {law} ({citation}).</source>
        <translation>Fiz a solicitação com base na {law} ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="71"/>
        <source>Follow-up: {request} of {sent}, unanswered</source>
        <translation>Acompanhamento: {request} de {sent}, sem resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="73"/>
        <source>That deadline, {due}, has passed, and I have not received your answer. You have not told me of any reason for refusing my request.</source>
        <translation>Esse prazo, {due}, já passou, e não recebi a resposta. Não me foi comunicado nenhum motivo para recusar a minha solicitação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="77"/>
        <source>Follow-up: {request} of {sent}, answered in part</source>
        <translation>Acompanhamento: {request} de {sent}, respondida em parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="79"/>
        <source>Your answer of {answered} is incomplete.</source>
        <translation>A resposta de {answered} está incompleta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="102"/>
        <source>Please send me, without further delay and free of charge, everything my request covers, and in particular what was missing:</source>
        <translation>Peço que me enviem, sem mais demora e gratuitamente, tudo o que a minha solicitação abrange e, em especial, o que faltou:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="104"/>
        <source>Please send me, without further delay and free of charge, everything my request covers:</source>
        <translation>Peço que me enviem, sem mais demora e gratuitamente, tudo o que a minha solicitação abrange:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="67"/>
        <source>On {extended} you told me you needed longer, as the law allows once; that moved the deadline to {due}.</source>
        <translation>Em {extended}, Vossas Senhorias informaram que precisavam de mais tempo, como a lei permite uma única vez; com isso o prazo passou para {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="84"/>
        <source>It did not include: {missing}.</source>
        <translation>Não incluía: {missing}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="111"/>
        <source>If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not receive a complete answer, I may complain to {authority}.</source>
        <translation>Caso não forneçam alguma parte, indiquem qual, por quê e com qual fundamento legal. Se eu não receber uma resposta completa, poderei apresentar reclamação a {authority}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="82"/>
        <source>It came after the deadline of {due}.</source>
        <translation>Ela chegou depois do prazo de {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="88"/>
        <source>My account or worker ID is {worker_id}.</source>
        <translation>A minha conta ou identificação de trabalhador é {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="29"/>
        <source>the data protection law that applies to you, including Article 15 GDPR where it applies</source>
        <translation>a lei de proteção de dados aplicável, incluindo o artigo 15 do RGPD quando aplicável</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>Subject access request</source>
        <translation>Solicitação de acesso a dados pessoais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>one month</source>
        <translation>um mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="37"/>
        <source>(Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(artigos 15.º, n.º 1, alínea h), e 22.º do RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="38"/>
        <source>(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(e, quando o RGPD se aplicar, artigos 15.º, n.º 1, alínea h), e 22.º do RGPD)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="40"/>
        <source>a copy of all personal data you hold about me, in a commonly used, machine-readable format</source>
        <translation>uma cópia de todos os dados pessoais que mantêm sobre mim, em formato de uso comum e legível por máquina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="42"/>
        <source>the purposes of each processing, and its legal basis</source>
        <translation>as finalidades de cada tratamento e a respectiva base legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="43"/>
        <source>the categories of personal data concerned, and where you obtained any data not collected from me</source>
        <translation>as categorias de dados pessoais em causa e, quando não tenham sido coletados junto a mim, a sua origem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="45"/>
        <source>the recipients or categories of recipients, including processors, clients and any outside the EU/EEA</source>
        <translation>os destinatários ou categorias de destinatários, incluindo operadores, clientes e quaisquer destinatários fora do EEE/UE</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="47"/>
        <source>how long each category of data will be kept, or the criteria for deciding</source>
        <translation>o prazo de conservação de cada categoria de dados ou os critérios para defini-lo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="48"/>
        <source>all activity and performance metrics about me: tasks, time measured, throughput, accuracy and quality scores, rejections and their reasons, with their dates</source>
        <translation>todas as métricas de atividade e desempenho sobre mim: tarefas, tempo medido, produtividade, pontuações de precisão e qualidade, rejeições e seus motivos, com as respectivas datas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="50"/>
        <source>all ratings and reviews of my work, by customers, reviewers or your systems</source>
        <translation>todas as avaliações e classificações do meu trabalho, feitas por clientes, revisores ou pelos seus sistemas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="51"/>
        <source>all monitoring recordings and screenshots: screen and activity recordings, webcam images, voice recordings, keystroke and mouse data, location, and the identity documents and biometric data I provided</source>
        <translation>todas as gravações e capturas de monitoramento: gravações de tela e de atividade, imagens de webcam, gravações de voz, dados de teclado e mouse, localização, e os documentos de identidade e dados biométricos que forneci</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="54"/>
        <source>all internal profile tags and scores attached to my account (for example risk, fraud, trust, priority or quality flags), and what each means</source>
        <translation>todas as etiquetas e pontuações internas de perfil associadas à minha conta (por exemplo, indicadores de risco, fraude, confiança, prioridade ou qualidade) e o significado de cada uma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="60"/>
        <source>the records of my work you used to calculate my pay</source>
        <translation>os registros do meu trabalho utilizados para calcular a minha remuneração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="61"/>
        <source>any data behind a warning, suspension or deactivation of my account</source>
        <translation>quaisquer dados que tenham fundamentado uma advertência, suspensão ou desativação da minha conta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="23"/>
        <source>the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)</source>
        <translation>a Lei de Privacidade do Consumidor da Califórnia (California Consumer Privacy Act, Cal. Civ. Code 1798.100 e 1798.110)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>Request to know (right to know)</source>
        <translation>Solicitação de informação (direito de saber)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>45 days</source>
        <translation>45 dias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="26"/>
        <source>Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)</source>
        <translation>o artigo 15 do Regulamento Geral sobre a Proteção de Dados (e o artigo 20 para uma cópia em formato legível por máquina)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="101"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records. This letter is a template, not legal advice; deadlines can be extended by law in some cases.</source>
        <translation>Preparada com o Contractor Ledger a partir dos registros da própria pessoa trabalhadora. Esta carta é um modelo, não aconselhamento jurídico; em alguns casos a lei permite prorrogar os prazos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="56"/>
        <source>an explanation of any automated decision about my pay or the deactivation, suspension or restriction of my account, including profiling, with meaningful information about the logic involved, its significance and its consequences for me {articles}</source>
        <translation>uma explicação de qualquer decisão automatizada sobre a minha remuneração ou sobre a desativação, suspensão ou restrição da minha conta, incluindo a definição de perfis, com informações úteis sobre a lógica envolvida, a sua importância e as consequências para mim {articles}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="120"/>
        <source>Privacy / data protection officer</source>
        <translation>Encarregado de proteção de dados / privacidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="75"/>
        <source>in particular the data collected through: {tools}</source>
        <translation>em especial, os dados coletados por meio de: {tools}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="92"/>
        <source>Please answer within {period} of receiving this request, that is by {deadline}, free of charge. If you need more information to identify me, tell me promptly. If you will not comply with any part of this request, tell me which part and why.</source>
        <translation>Peço que respondam no prazo de {period} a contar do recebimento desta solicitação, ou seja, até {deadline}, gratuitamente. Se precisarem de mais informações para me identificar, informem-me prontamente. Caso não atendam a alguma parte desta solicitação, indiquem qual e por quê.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="80"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification} with the account or worker ID {worker_id}. Please provide:</source>
        <translation>Eu, {name}, solicito a Vossas Senhorias, com base em {law}, o acesso aos dados pessoais que tratam a meu respeito. Trabalhei para Vossas Senhorias como {classification}, com a conta ou identificação de trabalhador {worker_id}. Peço que me forneçam:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="83"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification}. Please provide:</source>
        <translation>Eu, {name}, solicito a Vossas Senhorias, com base em {law}, o acesso aos dados pessoais que tratam a meu respeito. Trabalhei para Vossas Senhorias como {classification}. Peço que me forneçam:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="85"/>
        <source>[your full name]</source>
        <translation>[seu nome completo]</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="40"/>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>End</source>
        <translation>Fim</translation>
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
        <translation>Categoria</translation>
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
        <translation>Horas trabalhadas (todas as categorias)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="43"/>
        <source>Hours in paid categories</source>
        <translation>Horas em categorias pagas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="44"/>
        <source>Hours the client does not pay for</source>
        <translation>Horas que o cliente não paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="45"/>
        <source>Earned at the agreed rates</source>
        <translation>Ganho pelas tarifas acordadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="46"/>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="47"/>
        <source>Balance owed</source>
        <translation>Saldo devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="48"/>
        <source>Real hourly rate (paid ÷ all hours)</source>
        <translation>Valor-hora real (pago ÷ todas as horas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="65"/>
        <source>Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})</source>
        <translation>Salário mínimo (uma referência: você é autônomo) ({jurisdiction}, desde {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="66"/>
        <source>Minimum wage ({jurisdiction}, from {day})</source>
        <translation>Salário mínimo ({jurisdiction}, desde {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="74"/>
        <source>! Agreed pay short of the minimum wage (hour by hour)</source>
        <translation>! Remuneração acordada abaixo do salário mínimo (hora a hora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="76"/>
        <source>! Agreed pay short of the minimum wage (week by week)</source>
        <translation>! Remuneração acordada abaixo do salário mínimo (semana a semana)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="80"/>
        <source>Overtime ({rule}, owed)</source>
        <translation>Horas extras ({rule}, devidas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="81"/>
        <source>Overtime ({rule}, estimate if you were an employee)</source>
        <translation>Horas extras ({rule}, estimativa se você fosse empregado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <source>Pay</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="157"/>
        <source>No payments recorded in this period.</source>
        <translation>Nenhum pagamento registrado neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Received</source>
        <translation>Recebido</translation>
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
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Pays for</source>
        <translation>Paga o período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <source>Method</source>
        <translation>Meio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="173"/>
        <source>No evidence files kept.</source>
        <translation>Nenhum arquivo de prova guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="182"/>
        <source>Latest change in the records</source>
        <translation>Última alteração nos registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="183"/>
        <source>History fingerprint (audit chain head)</source>
        <translation>Impressão digital do histórico (topo da cadeia de auditoria)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="184"/>
        <source>SHA-256 of this report&apos;s data</source>
        <translation>SHA-256 dos dados deste relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Ed25519, embedded in this file</source>
        <translation>Ed25519, incorporada neste arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="186"/>
        <source>Public key fingerprint</source>
        <translation>Impressão digital da chave pública</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="193"/>
        <source>Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed and whether the records have changed since.</source>
        <translation>Verifique este arquivo com: contractor-app verify-report ARQUIVO.pdf — o comando confirma que nenhum byte foi alterado e se os registros mudaram desde então.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="57"/>
        <source>Net hourly rate ((paid − costs) ÷ all hours)</source>
        <translation>Valor-hora líquido ((pago − custos) ÷ todas as horas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <source>Figure</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="90"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="111"/>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="91"/>
        <location filename="../../contractor_app/reports/claim.py" line="91"/>
        <source>not paid</source>
        <translation>não paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="108"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="151"/>
        <source>No entries in this period.</source>
        <translation>Nenhum lançamento neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="61"/>
        <source>Costs in other currencies, not subtracted</source>
        <translation>Custos em outras moedas, não descontados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="54"/>
        <source>Costs of the work (fees {fees}, expenses {expenses}, distance {distance})</source>
        <translation>Custos do trabalho (taxas {fees}, despesas {expenses}, deslocamento {distance})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="83"/>
        <source>{hours} h, premium {premium}</source>
        <translation>{hours} h, adicional {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="109"/>
        <source>Earned per week ({currency})</source>
        <translation>Ganho por semana ({currency})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="70"/>
        <source>In {currency}, at {rate}</source>
        <translation>Em {currency}, a {rate}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="31"/>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <source>Worker</source>
        <translation>Pessoa trabalhadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="32"/>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="61"/>
        <source>no payment terms recorded</source>
        <translation>nenhum prazo de pagamento registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="167"/>
        <source>The rules applied and their sources are listed after the log; the appendix works out each figure week by week.</source>
        <translation>As regras aplicadas e suas fontes estão listadas após o registro; o apêndice calcula cada valor semana a semana.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="44"/>
        <source>Claim packet: records of work and pay</source>
        <translation>Dossiê de reclamação: registros de trabalho e pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="47"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="48"/>
        <source>The figures</source>
        <translation>Os valores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="63"/>
        <source>The parties</source>
        <translation>As partes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="79"/>
        <source>These records were kept by the worker at the time of the work, in an encrypted, tamper-evident ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; the appendix lists every edit.</source>
        <translation>Estes registros foram mantidos pela pessoa trabalhadora no momento do trabalho, em um livro cifrado que evidencia qualquer adulteração. Lançamentos feitos mais de 24 horas após o trabalho, e lançamentos editados depois, estão marcados; o apêndice lista cada edição.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="99"/>
        <source>Daily log</source>
        <translation>Registro diário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="106"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="107"/>
        <source>Evidence index</source>
        <translation>Índice de provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="108"/>
        <source>Rules applied</source>
        <translation>Regras aplicadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="109"/>
        <source>Appendix: how the figures were worked out</source>
        <translation>Apêndice: como os valores foram calculados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="110"/>
        <source>Appendix: edit history</source>
        <translation>Apêndice: histórico de edições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="179"/>
        <source>This file is signed with the records&apos; key (see Integrity).</source>
        <translation>Este arquivo está assinado com a chave dos registros (ver Integridade).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="269"/>
        <source>Not legal advice: each value is shown with the source it was taken from.</source>
        <translation>Não é aconselhamento jurídico: cada valor é mostrado com a fonte de onde foi tirado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="60"/>
        <source>paid within {days} days</source>
        <translation>pagamento em até {days} dias</translation>
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
        <translation>Pagamentos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="128"/>
        <source>Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.</source>
        <translation>Saldo devido {balance}: ganho {earned} pelas tarifas acordadas, pago {paid}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="150"/>
        <source>The client agreed to pay at the rates recorded for {client}.</source>
        <translation>O cliente concordou em pagar pelas tarifas registradas para {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="154"/>
        <source>The minimum wage of {jurisdiction} applies ({official}; read in a copy at {source}).</source>
        <translation>Aplica-se o salário mínimo de {jurisdiction} ({official}; lido em uma cópia em {source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="162"/>
        <source>That figure was read at a secondary source and is not yet checked against the official one.</source>
        <translation>Esse valor foi lido em uma fonte secundária e ainda não foi conferido com a oficial.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="171"/>
        <source>{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} edited later, each edit listed); payments received: {payments}; evidence files, each with its SHA-256: {files}.</source>
        <translation>{entries} lançamentos ({hours} horas) registrados pela pessoa trabalhadora no momento ({late} registrados mais de 24 horas após o trabalho, {edited} editados depois, cada edição listada); pagamentos recebidos: {payments}; arquivos de prova, cada um com seu SHA-256: {files}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="197"/>
        <source>Payment deadlines under {law}, which also entitles the worker to {requires}.</source>
        <translation>Prazos de pagamento segundo {law}, que também dá à pessoa trabalhadora direito a {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="218"/>
        <source> (read at a secondary source, not yet checked against the official one)</source>
        <translation> (lido em uma fonte secundária, ainda não conferido com a oficial)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="227"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Minimum wage</source>
        <translation>Salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="228"/>
        <source>{jurisdiction} {amount}/h{as_stated} from {day}</source>
        <translation>{jurisdiction} {amount}/h{as_stated} desde {day}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="235"/>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>Exchange rate</source>
        <translation>Taxa de câmbio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="241"/>
        <source>the worker&apos;s own records</source>
        <translation>os próprios registros da pessoa trabalhadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>App-based pay floor</source>
        <translation>Remuneração mínima para trabalho por aplicativo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <source>{name} ({citation}): {amount} per {unit}, from {day}; </source>
        <translation>{name} ({citation}): {amount} por {unit}, desde {day}; </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="252"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Overtime</source>
        <translation>Horas extras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>Payment deadline</source>
        <translation>Prazo de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="260"/>
        <source>{law}: {threshold} in a calendar year</source>
        <translation>{law}: {threshold} em um ano civil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="261"/>
        <source>{law}: {threshold} in {days} days</source>
        <translation>{law}: {threshold} em {days} dias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="265"/>
        <source>No minimum wage, overtime or payment law applied to these records.</source>
        <translation>Nenhuma lei de salário mínimo, horas extras ou pagamento se aplicou a estes registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>Paid and owed</source>
        <translation>Pago e devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="302"/>
        <source>No entry in this packet was edited after it was recorded.</source>
        <translation>Nenhum lançamento deste dossiê foi editado depois de registrado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <source>Fields changed</source>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="45"/>
        <source>Period {start} to {end}, reckoned on {as_of}</source>
        <translation>Período de {start} a {end}, calculado em {as_of}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="65"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="66"/>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="67"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="68"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="70"/>
        <source>Worker&apos;s id on the platform</source>
        <translation>Identificação do trabalhador na plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="71"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="72"/>
        <source>Where the work is done</source>
        <translation>Onde o trabalho é feito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="74"/>
        <source>Pay terms</source>
        <translation>Condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="75"/>
        <source>Written contract on file</source>
        <translation>Contrato escrito arquivado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Work done</source>
        <translation>Trabalho feito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="89"/>
        <source>Law and remedy (estimate)</source>
        <translation>Lei e reparação (estimativa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="100"/>
        <source>{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); O overlaps another entry.</source>
        <translation>{entries} lançamentos, {hours} horas. Marcas: L registrado mais de 24 h após o trabalho; E editado depois de registrado (ver o apêndice); O sobrepõe-se a outro lançamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="112"/>
        <source>Integrity</source>
        <translation>Integridade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="132"/>
        <source>The agreed pay is below the minimum wage by {shortfall}.</source>
        <translation>A remuneração acordada está abaixo do salário mínimo em {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="139"/>
        <source>The agreed pay is below the app-based pay floor by {shortfall}.</source>
        <translation>A remuneração acordada está abaixo da remuneração mínima para trabalho por aplicativo em {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="143"/>
        <source>Payments late: {count}.</source>
        <translation>Pagamentos atrasados: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="148"/>
        <source>Payments short of what the work earned: {count}.</source>
        <translation>Pagamentos abaixo do que o trabalho rendeu: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="159"/>
        <source>The minimum wage of {jurisdiction} applies ({source}).</source>
        <translation>Aplica-se o salário mínimo de {jurisdiction} ({source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="165"/>
        <source>Overtime under {rule}.</source>
        <translation>Horas extras segundo {rule}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="195"/>
        <source>Payment deadlines under {laws}.</source>
        <translation>Prazos de pagamento segundo {laws}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="199"/>
        <source>{law} entitles the worker to {requires}.</source>
        <translation>{law} dá à pessoa trabalhadora direito a {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="177"/>
        <source>This file is signed with the records&apos; key (see Integrity); the records were anchored, latest on {day}.</source>
        <translation>Este arquivo está assinado com a chave dos registros (ver Integridade); os registros foram ancorados, pela última vez em {day}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>What is owed</source>
        <translation>O que é devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="184"/>
        <source>On what evidence</source>
        <translation>Com quais provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="51"/>
        <source>Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}</source>
        <translation>Pagamento a menor de {start} a {end}: ganho {earned}, pago {paid}, faltam {short}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="56"/>
        <source>{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on file.</source>
        <translation>{law}: o trabalho atingiu {amount} em {day}, o que dá à pessoa trabalhadora direito a {requires}; não há nenhum arquivado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="135"/>
        <source>Overtime premium {premium} (owed).</source>
        <translation>Adicional de horas extras {premium} (devido).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="136"/>
        <source>Overtime premium {premium} (an estimate, owed if the worker is an employee).</source>
        <translation>Adicional de horas extras {premium} (uma estimativa, devido se a pessoa trabalhadora for empregada).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="145"/>
        <source>Remedies for late payment: up to {amount} more.</source>
        <translation>Reparações por atraso no pagamento: até mais {amount}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in {currency}</source>
        <translation>nenhuma registrada: {weeks} semana(s) de trabalho até {day} não comparada(s) com o salário mínimo em {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="250"/>
        <source>met</source>
        <translation>cumprida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>{law} ({citation}): {days} days</source>
        <translation>{law} ({citation}): {days} dias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="292"/>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="236"/>
        <source>{source} (the worker&apos;s own records)</source>
        <translation>{source} (os próprios registros da pessoa trabalhadora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="249"/>
        <source>the agreed pay is below it by {shortfall}</source>
        <translation>a remuneração acordada está abaixo dela em {shortfall}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="93"/>
        <source>due under the {basis} terms</source>
        <translation>vencido segundo as condições de {basis}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="94"/>
        <source>; up to {amount} more</source>
        <translation>; até mais {amount}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="20"/>
        <source>Pay summary</source>
        <translation>Resumo de pagamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para conferir seu pagamento, ou para mostrar a um cliente suas horas, ganhos e pagamentos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Dossiê de reclamação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para uma reclamação trabalhista ou um advogado: o que você tem a receber, com os lançamentos e as provas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="43"/>
        <source>Privacy report</source>
        <translation>Relatório de privacidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Os dados envolvidos no seu trabalho e o que as plataformas coletaram sobre você, com os incidentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Solicitação de acesso a dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Uma carta que pede a um cliente uma cópia dos dados pessoais que ele mantém sobre você.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Acompanhamento da solicitação de acesso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Uma carta para uma solicitação de acesso a dados que ficou sem resposta após o prazo, ou cuja resposta deixou coisas de fora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>contractor</source>
        <translation>autônomo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>employee</source>
        <translation>empregado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="25"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (lido em {read} em uma fonte secundária; a confirmar em {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="208"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="26"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (lido em uma cópia em {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="27"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="28"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} em {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="29"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>os dias de trabalho começam às {start} {zone} (seu fuso: o da lei não é conhecido)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="30"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} por dia{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="31"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} por semana{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="32"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} por mês{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="33"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>O salário mínimo aqui é em {target} e você recebe em {base}: {span} não pode ser comparado sem uma taxa de câmbio dos seus próprios registros (este aplicativo nunca a obtém da rede). Para comparar, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="36"/>
        <source>workdays in your zone</source>
        <translation>dias de trabalho no seu fuso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="37"/>
        <source>workdays start at {start} {zone}</source>
        <translation>os dias de trabalho começam às {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="38"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="39"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Horas trabalhadas de {start} a {end}, pelos dias do seu próprio fuso: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="40"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Tempo normal: o trabalho de cada dia pelas condições em vigor naquele dia (por hora: taxa x horas; por unidade: taxa x unidades, no dia em que o lançamento começou; um preço fixo uma única vez, no dia do primeiro trabalho do contrato), arredondado ao centavo dia a dia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="43"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Ganho = tempo normal + bônus e ajustes + adicional de horas extras (devido apenas a empregados).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="45"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, e acima de {daily} h em um dia de trabalho ({double} h: em dobro)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="46"/>
        <source>an estimate only: you are a contractor</source>
        <translation>apenas uma estimativa: você é autônomo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="47"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x a taxa regular pelas horas acima de {weekly} na semana de trabalho{daily}{seventh} ({status}). Cada semana de trabalho é avaliada inteira, nos dias da lei ({where}), e contada uma única vez, no período que contém seu último dia. O adicional é o que as horas extras acrescentam ao tempo normal já contado: (multiplicador - 1) x taxa regular x horas; a taxa regular é o tempo normal da semana mais os bônus, dividido por todas as suas horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="53"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>cada hora por si só: o pagamento de um lançamento cobre apenas as horas desse lançamento, e a uma hora sem pagamento falta o salário mínimo inteiro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="55"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>por semana de trabalho: o pagamento combinado da semana (com bônus e ajustes) contra suas horas pelo salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="57"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Você é autônomo: o salário mínimo é uma referência, um direito só se você foi classificado de forma errada. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="59"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Avaliado pelo que as condições combinadas pagam pelas horas (horas em categorias não pagas contam como pagas com nada), nunca pelo dinheiro recebido: dinheiro ainda não recebido é devido, não pago a menos. Salário mínimo {wage}/h{stated} ({jurisdiction}, desde {since}); teste: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="63"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Diferença do período = a soma das diferenças das suas semanas de trabalho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="64"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Você marcou este cliente como trabalho por aplicativo: {name} ({citation}) fixa {amount} por {unit} para {applies_to}, desde {since}, qualquer que seja sua classificação. Avaliado por semana de trabalho: as horas registradas pelo mínimo contra o que as condições combinadas pagam por elas, incluídos os bônus e ajustes datados na semana (gorjetas não são pagamento segundo essas leis).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="68"/>
        <source>the workweek ending {end}</source>
        <translation>a semana de trabalho que termina em {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="69"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semanas de trabalho que terminam de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="70"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Os valores alocados a lançamentos contam no dia do lançamento; o resto de um pagamento conta quando o período que ele cobre termina neste período (no dia em que chegou, se nenhum período foi registrado). Saldo = ganho - pago: dinheiro que ainda lhe devem (atrasado se passou do vencimento).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="74"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="75"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Você é empregado: as horas em categorias que as condições chamam de não pagas continuam sendo horas trabalhadas e são pagas, pela taxa por hora combinada (ou pelo salário mínimo com condições por unidade).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="78"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Somam-se os bônus e ajustes datados no período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="79"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Nenhuma regra de horas extras é conhecida para a jurisdição deste cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="80"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h; taxa regular ({straight} + bônus {bonus}) / {hours} h = {rate}/h; {overtime} h a {multiplier}x e {double} h a 2x: adicional {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="83"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>O salário mínimo é em {wage_currency} e você recebe em {currency}: cada semana de trabalho o converte pela taxa mais recente dos seus próprios registros no último dia da semana ou antes (uma taxa que você registrou ou que um extrato mostrou; senão, a de um pagamento convertido), nunca uma da rede. O mínimo por hora a essa taxa é o mínimo na moeda do seu pagamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="88"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>soma da diferença própria de cada dia de cada lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="89"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, nunca abaixo de zero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="90"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (mínimo {wage}/h a {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="91"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h pelo salário mínimo{converted} = {required}; as condições pagam {pay}; faltam {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="93"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h x {floor} = {required}; as condições pagam {pay}; faltam {shortfall} ({required} - {pay}, nunca abaixo de zero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="95"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>registre a taxa pela qual você foi pago: {command} (ou qualquer dia antes)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="96"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Nenhum salário mínimo se aplica: nenhum é conhecido para o local deste cliente, nenhuma condição de pagamento foi registrada ou nenhuma semana de trabalho termina neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="98"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; também o 7º dia consecutivo da semana de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="102"/>
        <source>owed: you are an employee</source>
        <translation>devido: você é empregado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="103"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="104"/>
        <source>hours worked</source>
        <translation>horas trabalhadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="105"/>
        <source>hours the terms pay for</source>
        <translation>horas que as condições pagam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="106"/>
        <source>straight time</source>
        <translation>tempo normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="107"/>
        <source>bonuses and adjustments</source>
        <translation>bônus e ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="108"/>
        <source>overtime premium owed</source>
        <translation>adicional de horas extras devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="109"/>
        <source>earned</source>
        <translation>ganho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="110"/>
        <source>shortfall</source>
        <translation>diferença</translation>
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
        <translation>taxa regular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="115"/>
        <source>overtime hours</source>
        <translation>horas extras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="116"/>
        <source>double-time hours</source>
        <translation>horas em dobro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="117"/>
        <source>premium</source>
        <translation>adicional</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="118"/>
        <source>rate</source>
        <translation>taxa de câmbio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="119"/>
        <source>minimum per hour</source>
        <translation>mínimo por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="120"/>
        <source>required</source>
        <translation>exigido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="121"/>
        <source>agreed pay</source>
        <translation>pagamento combinado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="122"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>productive</source>
        <translation>produtivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="123"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="124"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>onboarding</source>
        <translation>integração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="125"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>assessment</source>
        <translation>avaliação</translation>
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
        <translation>retrabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="128"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>admin</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="129"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>travel</source>
        <translation>deslocamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="130"/>
        <source>your record</source>
        <translation>seu registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="131"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="139"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>entregadores de restaurantes por aplicativo, por hora de tempo ativo, antes das gorjetas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="140"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>trabalhadores por aplicativo, por hora de tempo engajado (0,44 por minuto; mais 0,74 por milha engajada e pelo menos 5,00 por oferta, não modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="142"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>trabalhadores por aplicativo, por hora de tempo engajado (0,45 por minuto; mais 0,77 por milha engajada e pelo menos 5,20 por oferta, não modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="229"/>
        <source>A report made from the worker&apos;s own records</source>
        <translation>Um relatório feito a partir dos próprios registros da pessoa trabalhadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="212"/>
        <source>Made by Contractor Ledger on {day} from the worker&apos;s own records</source>
        <translation>Feito com o Contractor Ledger em {day} a partir dos próprios registros da pessoa trabalhadora</translation>
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
        <translation>todos os clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="31"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="43"/>
        <source>Payments received</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="49"/>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="25"/>
        <source>Nothing was recorded in this period.</source>
        <translation>Nada foi registrado neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Earned</source>
        <translation>Ganho</translation>
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
        <translation>A pessoa trabalhadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="46"/>
        <source>What data the work involved, what the platforms collected about the worker, and what happened to it. Made from the worker&apos;s own records.</source>
        <translation>Quais dados o trabalho envolveu, o que as plataformas coletaram sobre a pessoa trabalhadora e o que aconteceu com eles. Feito a partir dos próprios registros da pessoa trabalhadora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="108"/>
        <source>Data-access requests</source>
        <translation>Solicitações de acesso a dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="26"/>
        <source>biometrics may only be processed to authenticate the worker (EU Platform Work Directive art. 7)</source>
        <translation>dados biométricos só podem ser tratados para autenticar a pessoa trabalhadora (Diretiva da UE relativa ao trabalho em plataformas, art. 7.º)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="28"/>
        <source>continuous webcam monitoring may reveal emotional state or private life, which platforms may not process (EU Platform Work Directive art. 7)</source>
        <translation>o monitoramento contínuo por webcam pode revelar o estado emocional ou a vida privada, que as plataformas não podem tratar (Diretiva da UE relativa ao trabalho em plataformas, art. 7.º)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="36"/>
        <source>ongoing</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="51"/>
        <source>No data records or incidents are recorded yet. Record them with `data handled`, `data collected` and `incident add`.</source>
        <translation>Ainda não há registros de dados nem incidentes. Registre-os com `data handled`, `data collected` e `incident add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="82"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>waiting, in time</source>
        <translation>aguardando, no prazo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>OVERDUE: no answer</source>
        <translation>VENCIDA: sem resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="101"/>
        <source>answered in part</source>
        <translation>respondida em parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="102"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="111"/>
        <source>Missing</source>
        <translation>Faltou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="123"/>
        <source>Received from {client} for the request of {sent}: 1 file, kept as evidence</source>
        <translation>Recebido de {client} para a solicitação de {sent}: 1 arquivo, guardado como prova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="125"/>
        <source>Received from {client} for the request of {sent}: {count} files, kept as evidence</source>
        <translation>Recebido de {client} para a solicitação de {sent}: {count} arquivos, guardados como prova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="147"/>
        <source>What the incidents cost you: {costs}.</source>
        <translation>O que os incidentes custaram a você: {costs}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="60"/>
        <source>Data you handled for them</source>
        <translation>Dados que você tratou para eles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="67"/>
        <source>What they collected about you</source>
        <translation>O que coletaram sobre você</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Data involved</source>
        <translation>Dados envolvidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Steps taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Whose data</source>
        <translation>De quem são os dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Monitoring</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <source>Retention you were told</source>
        <translation>Retenção informada a você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Kept on</source>
        <translation>Guardado em</translation>
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
        <translation> e </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="119"/>
        <source>{client}: the {sent} request was due by {due} and is unanswered.</source>
        <translation>{client}: a solicitação de {sent} vencia em {due} e está sem resposta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="72"/>
        <source>not told</source>
        <translation>não informada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="79"/>
        <source>{tool} ({monitoring}): consent {consent}.</source>
        <translation>{tool} ({monitoring}): consentimento {consent}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="113"/>
        <source> (extended {day})</source>
        <translation> (prorrogado em {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>e-mailed</source>
        <translation>enviado por e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>copied</source>
        <translation>copiado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="56"/>
        <source>printed</source>
        <translation>impresso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="29"/>
        <source>When these records existed</source>
        <translation>Quando estes registros existiam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="61"/>
        <source> (the worker&apos;s record of sending it)</source>
        <translation> (registro de envio da pessoa trabalhadora)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="62"/>
        <source>{day}, by the worker&apos;s own records only (not sent or time-stamped)</source>
        <translation>{day}, apenas pelos próprios registros da pessoa trabalhadora (não enviada nem carimbada)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="35"/>
        <source>An anchor is the fingerprint of the whole history on that day (recompute it from the records: see docs/evidence.md). Each record is counted under the first anchor that includes its latest change.</source>
        <translation>Uma âncora é a impressão digital de todo o histórico naquele dia (pode ser recalculada a partir dos registros: ver docs/evidence.md). Cada registro é contado sob a primeira âncora que inclui a sua última alteração.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="40"/>
        <source>No anchor of these records was made yet: nothing outside the records shows when they were written.</source>
        <translation>Ainda não foi feita nenhuma âncora destes registros: nada fora dos registros mostra quando foram escritos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="69"/>
        <source>Clock: every change to these records was recorded at a time after the change before it.</source>
        <translation>Relógio: cada alteração destes registros foi registrada em um horário posterior ao da alteração anterior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Recorded at (UTC)</source>
        <translation>Registrado em (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Change before it at (UTC)</source>
        <translation>Alteração anterior em (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Anchor</source>
        <translation>Âncora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="33"/>
        <source>These records existed, as they are now, no later than</source>
        <translation>Estes registros existiam, tal como estão agora, no máximo em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="73"/>
        <source>The computer&apos;s clock was set back: {count} change(s) to these records are recorded at a time before the change ahead of them, so their recorded times cannot be relied on.</source>
        <translation>O relógio do computador foi atrasado: {count} alteração(ões) destes registros aparecem registradas antes da alteração que as precede, portanto seus horários registrados não são confiáveis.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="53"/>
        <source>{at} UTC, per {authority} (RFC 3161 time stamp)</source>
        <translation>{at} UTC, segundo {authority} (carimbo de tempo RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="58"/>
        <source> to {recipient}</source>
        <translation> para {recipient}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="45"/>
        <source>Written or changed after the latest anchor ({count}): {named}</source>
        <translation>Escritos ou alterados depois da última âncora ({count}): {named}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="47"/>
        <source>; and {more} more</source>
        <translation>; e mais {more}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Os valores legais são uma estimativa — não constituem aconselhamento jurídico.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="233"/>
        <source>a written contract</source>
        <translation>um contrato escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="234"/>
        <source>a written pre-contract disclosure of the terms (not a written contract)</source>
        <translation>uma divulgação escrita das condições antes do contrato (não um contrato escrito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="31"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="50"/>
        <source>Pay transparency</source>
        <translation>Transparência salarial</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} share</source>
        <translation>{count} compartilhamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} shares</source>
        <translation>{count} compartilhamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="35"/>
        <source>all platforms</source>
        <translation>todas as plataformas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="36"/>
        <source>Made from anonymous shares; figures are as the workers recorded them — not legal advice</source>
        <translation>Feito com compartilhamentos anônimos; os valores são os que os trabalhadores registraram — não é aconselhamento jurídico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="38"/>
        <source>Made by Contractor Ledger on {day} from workers&apos; anonymous shares</source>
        <translation>Feito pelo Contractor Ledger em {day} a partir de compartilhamentos anônimos de trabalhadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="52"/>
        <source>The hourly rate is what each worker was paid divided by all the hours they worked, unpaid time included. Below the minimum wage means the agreed pay was below the minimum wage of the worker&apos;s place for some hours. Quartiles: a quarter of workers were paid less than the lower quartile, a quarter more than the upper.</source>
        <translation>O valor por hora é o que cada trabalhador recebeu dividido por todas as horas que trabalhou, incluído o tempo não pago. Abaixo do mínimo significa que o pagamento combinado ficou abaixo do salário mínimo do local do trabalhador em algumas horas. Quartis: um quarto dos trabalhadores recebeu menos que o quartil inferior, e um quarto mais que o superior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="56"/>
        <source>To protect each worker, a cell with fewer than {minimum} workers is suppressed: it is listed without figures.</source>
        <translation>Para proteger cada trabalhador, uma célula com menos de {minimum} trabalhadores é omitida: aparece sem valores.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="58"/>
        <source>{count} cell was suppressed.</source>
        <translation>{count} célula foi omitida.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="59"/>
        <source>{count} cells were suppressed.</source>
        <translation>{count} células foram omitidas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="66"/>
        <source>Median hourly rate, {currency}</source>
        <translation>Valor por hora mediano, {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="68"/>
        <source>Every platform or kind of work and month</source>
        <translation>Cada plataforma ou tipo de trabalho e mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Platform or kind</source>
        <translation>Plataforma ou tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Workers</source>
        <translation>Trabalhadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Median / hour</source>
        <translation>Mediana / hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Quartiles</source>
        <translation>Quartis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Below minimum</source>
        <translation>Abaixo do mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="76"/>
        <source>Files refused</source>
        <translation>Arquivos recusados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="87"/>
        <source>{count} share counted (a share is one worker&apos;s file)</source>
        <translation>{count} compartilhamento contado (um compartilhamento é o arquivo de um trabalhador)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="88"/>
        <source>{count} shares counted (a share is one worker&apos;s file)</source>
        <translation>{count} compartilhamentos contados (um compartilhamento é o arquivo de um trabalhador)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="90"/>
        <source>{count} file held a share already counted</source>
        <translation>{count} arquivo continha um compartilhamento já contado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="91"/>
        <source>{count} files held shares already counted</source>
        <translation>{count} arquivos continham compartilhamentos já contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="93"/>
        <source>{count} file refused (listed at the end)</source>
        <translation>{count} arquivo recusado (na lista do final)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="94"/>
        <source>{count} files refused (listed at the end)</source>
        <translation>{count} arquivos recusados (na lista do final)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>annotation</source>
        <translation>anotação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>rating</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>transcription</source>
        <translation>transcrição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>moderation</source>
        <translation>moderação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>writing</source>
        <translation>redação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>driving</source>
        <translation>motorista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="116"/>
        <source>suppressed</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="118"/>
        <source>{count} worker</source>
        <translation>{count} trabalhador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="119"/>
        <source>{count} workers</source>
        <translation>{count} trabalhadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="152"/>
        <source>per hour, all hours counted</source>
        <translation>por hora, contando todas as horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="163"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
</context>
</TS>
