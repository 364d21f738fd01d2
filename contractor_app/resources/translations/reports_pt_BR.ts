<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>reports</name>
    <message>
        <source>request to know</source>
        <translation>solicitação de informação</translation>
    </message>
    <message>
        <source>subject access request</source>
        <translation>solicitação de acesso a dados pessoais</translation>
    </message>
    <message>
        <source>the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>a autoridade de controle de proteção de dados (artigo 77 do RGPD), e buscar a tutela judicial (artigo 79)</translation>
    </message>
    <message>
        <source>the Information Commissioner's Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>o Information Commissioner's Office (artigo 77 do RGPD do Reino Unido), e buscar a tutela judicial (artigo 79)</translation>
    </message>
    <message>
        <source>the California Privacy Protection Agency and the California Attorney General</source>
        <translation>a California Privacy Protection Agency e o Procurador-Geral da Califórnia</translation>
    </message>
    <message>
        <source>The law required your answer by {due}.</source>
        <translation>A lei exigia a resposta de Vossas Senhorias até {due}.</translation>
    </message>
    <message>
        <source>So far I have received 1 file from you, kept in my records on {days}.</source>
        <translation>Até o momento, recebi de Vossas Senhorias 1 arquivo, guardado nos meus registros em {days}.</translation>
    </message>
    <message>
        <source>So far I have received {count} files from you, kept in my records on {days}.</source>
        <translation>Até o momento, recebi de Vossas Senhorias {count} arquivos, guardados nos meus registros em {days}.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Atenciosamente,</translation>
    </message>
    <message>
        <source>Prepared with Contractor Ledger from the worker's own records of the request. This letter is a template, not legal advice.</source>
        <translation>Preparada com o Contractor Ledger a partir dos registros da solicitação mantidos pela própria pessoa trabalhadora. Esta carta é um modelo, não aconselhamento jurídico.</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>pelo correio</translation>
    </message>
    <message>
        <source>through your web form</source>
        <translation>pelo formulário da sua página</translation>
    </message>
    <message>
        <source>in your app</source>
        <translation>no seu aplicativo</translation>
    </message>
    <message>
        <source>On {sent} I sent you a {request} {via}; it reached you on {received}.</source>
        <translation>Em {sent}, enviei a Vossas Senhorias uma {request} {via}; ela foi recebida em {received}.</translation>
    </message>
    <message>
        <source>On {sent} I sent you a {request} {via}.</source>
        <translation>Em {sent}, enviei a Vossas Senhorias uma {request} {via}.</translation>
    </message>
    <message>
        <source>I made it under the {law} ({citation}).</source>
        <translation>Fiz a solicitação com base na {law} ({citation}).</translation>
    </message>
    <message>
        <source>Follow-up: {request} of {sent}, unanswered</source>
        <translation>Acompanhamento: {request} de {sent}, sem resposta</translation>
    </message>
    <message>
        <source>That deadline, {due}, has passed, and I have not received your answer. You have not told me of any reason for refusing my request.</source>
        <translation>Esse prazo, {due}, já passou, e não recebi a resposta. Não me foi comunicado nenhum motivo para recusar a minha solicitação.</translation>
    </message>
    <message>
        <source>Follow-up: {request} of {sent}, answered in part</source>
        <translation>Acompanhamento: {request} de {sent}, respondida em parte</translation>
    </message>
    <message>
        <source>Your answer of {answered} is incomplete.</source>
        <translation>A resposta de {answered} está incompleta.</translation>
    </message>
    <message>
        <source>Please send me, without further delay and free of charge, everything my request covers, and in particular what was missing:</source>
        <translation>Peço que me enviem, sem mais demora e gratuitamente, tudo o que a minha solicitação abrange e, em especial, o que faltou:</translation>
    </message>
    <message>
        <source>Please send me, without further delay and free of charge, everything my request covers:</source>
        <translation>Peço que me enviem, sem mais demora e gratuitamente, tudo o que a minha solicitação abrange:</translation>
    </message>
    <message>
        <source>On {extended} you told me you needed longer, as the law allows once; that moved the deadline to {due}.</source>
        <translation>Em {extended}, Vossas Senhorias informaram que precisavam de mais tempo, como a lei permite uma única vez; com isso o prazo passou para {due}.</translation>
    </message>
    <message>
        <source>It did not include: {missing}.</source>
        <translation>Não incluía: {missing}.</translation>
    </message>
    <message>
        <source>If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not receive a complete answer, I may complain to {authority}.</source>
        <translation>Caso não forneçam alguma parte, indiquem qual, por quê e com qual fundamento legal. Se eu não receber uma resposta completa, poderei apresentar reclamação a {authority}.</translation>
    </message>
    <message>
        <source>It came after the deadline of {due}.</source>
        <translation>Ela chegou depois do prazo de {due}.</translation>
    </message>
    <message>
        <source>My account or worker ID is {worker_id}.</source>
        <translation>A minha conta ou identificação de trabalhador é {worker_id}.</translation>
    </message>
    <message>
        <source>the data protection law that applies to you, including Article 15 GDPR where it applies</source>
        <translation>a lei de proteção de dados aplicável, incluindo o artigo 15 do RGPD quando aplicável</translation>
    </message>
    <message>
        <source>Subject access request</source>
        <translation>Solicitação de acesso a dados pessoais</translation>
    </message>
    <message>
        <source>one month</source>
        <translation>um mês</translation>
    </message>
    <message>
        <source>(Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(artigos 15.º, n.º 1, alínea h), e 22.º do RGPD)</translation>
    </message>
    <message>
        <source>(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(e, quando o RGPD se aplicar, artigos 15.º, n.º 1, alínea h), e 22.º do RGPD)</translation>
    </message>
    <message>
        <source>a copy of all personal data you hold about me, in a commonly used, machine-readable format</source>
        <translation>uma cópia de todos os dados pessoais que mantêm sobre mim, em formato de uso comum e legível por máquina</translation>
    </message>
    <message>
        <source>the purposes of each processing, and its legal basis</source>
        <translation>as finalidades de cada tratamento e a respectiva base legal</translation>
    </message>
    <message>
        <source>the categories of personal data concerned, and where you obtained any data not collected from me</source>
        <translation>as categorias de dados pessoais em causa e, quando não tenham sido coletados junto a mim, a sua origem</translation>
    </message>
    <message>
        <source>the recipients or categories of recipients, including processors, clients and any outside the EU/EEA</source>
        <translation>os destinatários ou categorias de destinatários, incluindo operadores, clientes e quaisquer destinatários fora do EEE/UE</translation>
    </message>
    <message>
        <source>how long each category of data will be kept, or the criteria for deciding</source>
        <translation>o prazo de conservação de cada categoria de dados ou os critérios para defini-lo</translation>
    </message>
    <message>
        <source>all activity and performance metrics about me: tasks, time measured, throughput, accuracy and quality scores, rejections and their reasons, with their dates</source>
        <translation>todas as métricas de atividade e desempenho sobre mim: tarefas, tempo medido, produtividade, pontuações de precisão e qualidade, rejeições e seus motivos, com as respectivas datas</translation>
    </message>
    <message>
        <source>all ratings and reviews of my work, by customers, reviewers or your systems</source>
        <translation>todas as avaliações e classificações do meu trabalho, feitas por clientes, revisores ou pelos seus sistemas</translation>
    </message>
    <message>
        <source>all monitoring recordings and screenshots: screen and activity recordings, webcam images, voice recordings, keystroke and mouse data, location, and the identity documents and biometric data I provided</source>
        <translation>todas as gravações e capturas de monitoramento: gravações de tela e de atividade, imagens de webcam, gravações de voz, dados de teclado e mouse, localização, e os documentos de identidade e dados biométricos que forneci</translation>
    </message>
    <message>
        <source>all internal profile tags and scores attached to my account (for example risk, fraud, trust, priority or quality flags), and what each means</source>
        <translation>todas as etiquetas e pontuações internas de perfil associadas à minha conta (por exemplo, indicadores de risco, fraude, confiança, prioridade ou qualidade) e o significado de cada uma</translation>
    </message>
    <message>
        <source>the records of my work you used to calculate my pay</source>
        <translation>os registros do meu trabalho utilizados para calcular a minha remuneração</translation>
    </message>
    <message>
        <source>any data behind a warning, suspension or deactivation of my account</source>
        <translation>quaisquer dados que tenham fundamentado uma advertência, suspensão ou desativação da minha conta</translation>
    </message>
    <message>
        <source>the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)</source>
        <translation>a Lei de Privacidade do Consumidor da Califórnia (California Consumer Privacy Act, Cal. Civ. Code 1798.100 e 1798.110)</translation>
    </message>
    <message>
        <source>Request to know (right to know)</source>
        <translation>Solicitação de informação (direito de saber)</translation>
    </message>
    <message>
        <source>45 days</source>
        <translation>45 dias</translation>
    </message>
    <message>
        <source>Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)</source>
        <translation>o artigo 15 do Regulamento Geral sobre a Proteção de Dados (e o artigo 20 para uma cópia em formato legível por máquina)</translation>
    </message>
    <message>
        <source>Prepared with Contractor Ledger from the worker's own records. This letter is a template, not legal advice; deadlines can be extended by law in some cases.</source>
        <translation>Preparada com o Contractor Ledger a partir dos registros da própria pessoa trabalhadora. Esta carta é um modelo, não aconselhamento jurídico; em alguns casos a lei permite prorrogar os prazos.</translation>
    </message>
    <message>
        <source>an explanation of any automated decision about my pay or the deactivation, suspension or restriction of my account, including profiling, with meaningful information about the logic involved, its significance and its consequences for me {articles}</source>
        <translation>uma explicação de qualquer decisão automatizada sobre a minha remuneração ou sobre a desativação, suspensão ou restrição da minha conta, incluindo a definição de perfis, com informações úteis sobre a lógica envolvida, a sua importância e as consequências para mim {articles}</translation>
    </message>
    <message>
        <source>Privacy / data protection officer</source>
        <translation>Encarregado de proteção de dados / privacidade</translation>
    </message>
    <message>
        <source>in particular the data collected through: {tools}</source>
        <translation>em especial, os dados coletados por meio de: {tools}</translation>
    </message>
    <message>
        <source>Please answer within {period} of receiving this request, that is by {deadline}, free of charge. If you need more information to identify me, tell me promptly. If you will not comply with any part of this request, tell me which part and why.</source>
        <translation>Peço que respondam no prazo de {period} a contar do recebimento desta solicitação, ou seja, até {deadline}, gratuitamente. Se precisarem de mais informações para me identificar, informem-me prontamente. Caso não atendam a alguma parte desta solicitação, indiquem qual e por quê.</translation>
    </message>
    <message>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification} with the account or worker ID {worker_id}. Please provide:</source>
        <translation>Eu, {name}, solicito a Vossas Senhorias, com base em {law}, o acesso aos dados pessoais que tratam a meu respeito. Trabalhei para Vossas Senhorias como {classification}, com a conta ou identificação de trabalhador {worker_id}. Peço que me forneçam:</translation>
    </message>
    <message>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification}. Please provide:</source>
        <translation>Eu, {name}, solicito a Vossas Senhorias, com base em {law}, o acesso aos dados pessoais que tratam a meu respeito. Trabalhei para Vossas Senhorias como {classification}. Peço que me forneçam:</translation>
    </message>
    <message>
        <source>[your full name]</source>
        <translation>[seu nome completo]</translation>
    </message>
    <message>
        <source>{amount}/h</source>
        <translation>{amount}/h</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Hours worked (all categories)</source>
        <translation>Horas trabalhadas (todas as categorias)</translation>
    </message>
    <message>
        <source>Hours in paid categories</source>
        <translation>Horas em categorias pagas</translation>
    </message>
    <message>
        <source>Hours the client does not pay for</source>
        <translation>Horas que o cliente não paga</translation>
    </message>
    <message>
        <source>Earned at the agreed rates</source>
        <translation>Ganho pelas tarifas acordadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Balance owed</source>
        <translation>Saldo devido</translation>
    </message>
    <message>
        <source>Real hourly rate (paid ÷ all hours)</source>
        <translation>Valor-hora real (pago ÷ todas as horas)</translation>
    </message>
    <message>
        <source>Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})</source>
        <translation>Salário mínimo (uma referência: você é autônomo) ({jurisdiction}, desde {day})</translation>
    </message>
    <message>
        <source>Minimum wage ({jurisdiction}, from {day})</source>
        <translation>Salário mínimo ({jurisdiction}, desde {day})</translation>
    </message>
    <message>
        <source>Overtime ({rule}, owed)</source>
        <translation>Horas extras ({rule}, devidas)</translation>
    </message>
    <message>
        <source>Overtime ({rule}, estimate if you were an employee)</source>
        <translation>Horas extras ({rule}, estimativa se você fosse empregado)</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>No payments recorded in this period.</source>
        <translation>Nenhum pagamento registrado neste período.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>Paga o período</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>No evidence files kept.</source>
        <translation>Nenhum arquivo de prova guardado.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Latest change in the records</source>
        <translation>Última alteração nos registros</translation>
    </message>
    <message>
        <source>History fingerprint (audit chain head)</source>
        <translation>Impressão digital do histórico (topo da cadeia de auditoria)</translation>
    </message>
    <message>
        <source>SHA-256 of this report's data</source>
        <translation>SHA-256 dos dados deste relatório</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Ed25519, embedded in this file</source>
        <translation>Ed25519, incorporada neste arquivo</translation>
    </message>
    <message>
        <source>Public key fingerprint</source>
        <translation>Impressão digital da chave pública</translation>
    </message>
    <message>
        <source>Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed and whether the records have changed since.</source>
        <translation>Verifique este arquivo com: contractor-app verify-report ARQUIVO.pdf — o comando confirma que nenhum byte foi alterado e se os registros mudaram desde então.</translation>
    </message>
    <message>
        <source>Net hourly rate ((paid − costs) ÷ all hours)</source>
        <translation>Valor-hora líquido ((pago − custos) ÷ todas as horas)</translation>
    </message>
    <message>
        <source>! The agreed pay is below the minimum wage (hour by hour) by</source>
        <translation>! A remuneração acordada está abaixo do salário mínimo (hora a hora) em</translation>
    </message>
    <message>
        <source>! The agreed pay is below the minimum wage (week by week) by</source>
        <translation>! A remuneração acordada está abaixo do salário mínimo (semana a semana) em</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>não paga</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Nenhum lançamento neste período.</translation>
    </message>
    <message>
        <source>Costs in other currencies, not subtracted</source>
        <translation>Custos em outras moedas, não descontados</translation>
    </message>
    <message>
        <source>Costs of the work (fees {fees}, expenses {expenses}, distance {distance})</source>
        <translation>Custos do trabalho (taxas {fees}, despesas {expenses}, deslocamento {distance})</translation>
    </message>
    <message>
        <source>{hours} h, premium {premium}</source>
        <translation>{hours} h, adicional {premium}</translation>
    </message>
    <message>
        <source>Earned per week ({currency})</source>
        <translation>Ganho por semana ({currency})</translation>
    </message>
    <message>
        <source>In {currency}, at {rate}</source>
        <translation>Em {currency}, a {rate}</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Pessoa trabalhadora</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>no payment terms recorded</source>
        <translation>nenhum prazo de pagamento registrado</translation>
    </message>
    <message>
        <source>The rules applied and their sources are listed after the log; the appendix works out each figure week by week.</source>
        <translation>As regras aplicadas e suas fontes estão listadas após o registro; o apêndice calcula cada valor semana a semana.</translation>
    </message>
    <message>
        <source>Claim packet: records of work and pay</source>
        <translation>Dossiê de reclamação: registros de trabalho e pagamento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Os valores</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>As partes</translation>
    </message>
    <message>
        <source>These records were kept by the worker at the time of the work, in an encrypted, tamper-evident ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; the appendix lists every edit.</source>
        <translation>Estes registros foram mantidos pela pessoa trabalhadora no momento do trabalho, em um livro cifrado que evidencia qualquer adulteração. Lançamentos feitos mais de 24 horas após o trabalho, e lançamentos editados depois, estão marcados; o apêndice lista cada edição.</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>Registro diário</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>Índice de provas</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>Regras aplicadas</translation>
    </message>
    <message>
        <source>Appendix: how the figures were worked out</source>
        <translation>Apêndice: como os valores foram calculados</translation>
    </message>
    <message>
        <source>Appendix: edit history</source>
        <translation>Apêndice: histórico de edições</translation>
    </message>
    <message>
        <source>This file is signed with the records' key (see Integrity).</source>
        <translation>Este arquivo está assinado com a chave dos registros (ver Integridade).</translation>
    </message>
    <message>
        <source>Not legal advice: each value is shown with the source it was taken from.</source>
        <translation>Não é aconselhamento jurídico: cada valor é mostrado com a fonte de onde foi tirado.</translation>
    </message>
    <message>
        <source>paid within {days} days</source>
        <translation>pagamento em até {days} dias</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Late payments</source>
        <translation>Pagamentos atrasados</translation>
    </message>
    <message>
        <source>Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.</source>
        <translation>Saldo devido {balance}: ganho {earned} pelas tarifas acordadas, pago {paid}.</translation>
    </message>
    <message>
        <source>The client agreed to pay at the rates recorded for {client}.</source>
        <translation>O cliente concordou em pagar pelas tarifas registradas para {client}.</translation>
    </message>
    <message>
        <source>{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} edited later, each edit listed); payments received: {payments}; evidence files, each with its SHA-256: {files}.</source>
        <translation>{entries} lançamentos ({hours} horas) registrados pela pessoa trabalhadora no momento ({late} registrados mais de 24 horas após o trabalho, {edited} editados depois, cada edição listada); pagamentos recebidos: {payments}; arquivos de prova, cada um com seu SHA-256: {files}.</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>Salário mínimo</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taxa de câmbio</translation>
    </message>
    <message>
        <source>the worker's own records</source>
        <translation>os próprios registros da pessoa trabalhadora</translation>
    </message>
    <message>
        <source>App-based pay floor</source>
        <translation>Remuneração mínima para trabalho por aplicativo</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Horas extras</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Prazo de pagamento</translation>
    </message>
    <message>
        <source>No minimum wage, overtime or payment law applied to these records.</source>
        <translation>Nenhuma lei de salário mínimo, horas extras ou pagamento se aplicou a estes registros.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>No entry in this packet was edited after it was recorded.</source>
        <translation>Nenhum lançamento deste dossiê foi editado depois de registrado.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Campos alterados</translation>
    </message>
    <message>
        <source>Period {start} to {end}, reckoned on {as_of}</source>
        <translation>Período de {start} a {end}, calculado em {as_of}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Worker's id on the platform</source>
        <translation>Identificação do trabalhador na plataforma</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>Onde o trabalho é feito</translation>
    </message>
    <message>
        <source>Pay terms</source>
        <translation>Condições de pagamento</translation>
    </message>
    <message>
        <source>Written contract on file</source>
        <translation>Contrato escrito arquivado</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Trabalho feito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Law and remedy (estimate)</source>
        <translation>Lei e reparação (estimativa)</translation>
    </message>
    <message>
        <source>{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); O overlaps another entry.</source>
        <translation>{entries} lançamentos, {hours} horas. Marcas: L registrado mais de 24 h após o trabalho; E editado depois de registrado (ver o apêndice); O sobrepõe-se a outro lançamento.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridade</translation>
    </message>
    <message>
        <source>The agreed pay is below the minimum wage by {shortfall}.</source>
        <translation>A remuneração acordada está abaixo do salário mínimo em {shortfall}.</translation>
    </message>
    <message>
        <source>The agreed pay is below the app-based pay floor by {shortfall}.</source>
        <translation>A remuneração acordada está abaixo da remuneração mínima para trabalho por aplicativo em {shortfall}.</translation>
    </message>
    <message>
        <source>Payments late: {count}.</source>
        <translation>Pagamentos atrasados: {count}.</translation>
    </message>
    <message>
        <source>Payments short of what the work earned: {count}.</source>
        <translation>Pagamentos abaixo do que o trabalho rendeu: {count}.</translation>
    </message>
    <message>
        <source>The minimum wage of {jurisdiction} applies ({source}).</source>
        <translation>Aplica-se o salário mínimo de {jurisdiction} ({source}).</translation>
    </message>
    <message>
        <source>Overtime under {rule}.</source>
        <translation>Horas extras segundo {rule}.</translation>
    </message>
    <message>
        <source>Payment deadlines under {laws}.</source>
        <translation>Prazos de pagamento segundo {laws}.</translation>
    </message>
    <message>
        <source>{law} entitles the worker to {requires}.</source>
        <translation>{law} dá à pessoa trabalhadora direito a {requires}.</translation>
    </message>
    <message>
        <source>This file is signed with the records' key (see Integrity); the records were anchored, latest on {day}.</source>
        <translation>Este arquivo está assinado com a chave dos registros (ver Integridade); os registros foram ancorados, pela última vez em {day}.</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>O que é devido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>On what evidence</source>
        <translation>Com quais provas</translation>
    </message>
    <message>
        <source>Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}</source>
        <translation>Pagamento a menor de {start} a {end}: ganho {earned}, pago {paid}, faltam {short}</translation>
    </message>
    <message>
        <source>{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on file.</source>
        <translation>{law}: o trabalho atingiu {amount} em {day}, o que dá à pessoa trabalhadora direito a {requires}; não há nenhum arquivado.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Overtime premium {premium} (owed).</source>
        <translation>Adicional de horas extras {premium} (devido).</translation>
    </message>
    <message>
        <source>Overtime premium {premium} (an estimate, owed if the worker is an employee).</source>
        <translation>Adicional de horas extras {premium} (uma estimativa, devido se a pessoa trabalhadora for empregada).</translation>
    </message>
    <message>
        <source>Remedies for late payment: up to {amount} more.</source>
        <translation>Reparações por atraso no pagamento: até mais {amount}.</translation>
    </message>
    <message>
        <source> (not yet checked against the source)</source>
        <translation> (ainda não conferido com a fonte)</translation>
    </message>
    <message>
        <source>none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in {currency}</source>
        <translation>nenhuma registrada: {weeks} semana(s) de trabalho até {day} não comparada(s) com o salário mínimo em {currency}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumprida</translation>
    </message>
    <message>
        <source>{law} ({citation}): {days} days</source>
        <translation>{law} ({citation}): {days} dias</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>{jurisdiction} {currency} {amount}/h{as_stated} from {day}</source>
        <translation>{jurisdiction} {currency} {amount}/h{as_stated} desde {day}</translation>
    </message>
    <message>
        <source>{source} (the worker's own records)</source>
        <translation>{source} (os próprios registros da pessoa trabalhadora)</translation>
    </message>
    <message>
        <source>{name} ({citation}): {currency} {amount} per {unit}, from {day}; </source>
        <translation>{name} ({citation}): {currency} {amount} por {unit}, desde {day}; </translation>
    </message>
    <message>
        <source>the agreed pay is below it by {shortfall}</source>
        <translation>a remuneração acordada está abaixo dela em {shortfall}</translation>
    </message>
    <message>
        <source>due under the {basis} terms</source>
        <translation>vencido segundo as condições de {basis}</translation>
    </message>
    <message>
        <source>; up to {amount} more</source>
        <translation>; até mais {amount}</translation>
    </message>
    <message>
        <source>Pay summary</source>
        <translation>Resumo de pagamentos</translation>
    </message>
    <message>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para conferir seu pagamento, ou para mostrar a um cliente suas horas, ganhos e pagamentos.</translation>
    </message>
    <message>
        <source>Claim packet</source>
        <translation>Dossiê de reclamação</translation>
    </message>
    <message>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para uma reclamação trabalhista ou um advogado: o que você tem a receber, com os lançamentos e as provas.</translation>
    </message>
    <message>
        <source>Privacy report</source>
        <translation>Relatório de privacidade</translation>
    </message>
    <message>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Os dados envolvidos no seu trabalho e o que as plataformas coletaram sobre você, com os incidentes.</translation>
    </message>
    <message>
        <source>Data access request</source>
        <translation>Solicitação de acesso a dados</translation>
    </message>
    <message>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Uma carta que pede a um cliente uma cópia dos dados pessoais que ele mantém sobre você.</translation>
    </message>
    <message>
        <source>Data access follow-up</source>
        <translation>Acompanhamento da solicitação de acesso</translation>
    </message>
    <message>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Uma carta para uma solicitação de acesso a dados que ficou sem resposta após o prazo, ou cuja resposta deixou coisas de fora.</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>autônomo</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>empregado</translation>
    </message>
    <message>
        <source>productive</source>
        <translation>produtivo</translation>
    </message>
    <message>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>integração</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>rework</source>
        <translation>retrabalho</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>deslocamento</translation>
    </message>
    <message>
        <source>A report made from the worker's own records</source>
        <translation>Um relatório feito a partir dos próprios registros da pessoa trabalhadora</translation>
    </message>
    <message>
        <source>Made by Contractor Ledger on {day} from the worker's own records</source>
        <translation>Feito com o Contractor Ledger em {day} a partir dos próprios registros da pessoa trabalhadora</translation>
    </message>
    <message>
        <source>page {number} of {total}</source>
        <translation>página {number} de {total}</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>todos os clientes</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>Nada foi registrado neste período.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>A pessoa trabalhadora</translation>
    </message>
    <message>
        <source>What data the work involved, what the platforms collected about the worker, and what happened to it. Made from the worker's own records.</source>
        <translation>Quais dados o trabalho envolveu, o que as plataformas coletaram sobre a pessoa trabalhadora e o que aconteceu com eles. Feito a partir dos próprios registros da pessoa trabalhadora.</translation>
    </message>
    <message>
        <source>Data-access requests</source>
        <translation>Solicitações de acesso a dados</translation>
    </message>
    <message>
        <source>biometrics may only be processed to authenticate the worker (EU Platform Work Directive art. 7)</source>
        <translation>dados biométricos só podem ser tratados para autenticar a pessoa trabalhadora (Diretiva da UE relativa ao trabalho em plataformas, art. 7.º)</translation>
    </message>
    <message>
        <source>continuous webcam monitoring may reveal emotional state or private life, which platforms may not process (EU Platform Work Directive art. 7)</source>
        <translation>o monitoramento contínuo por webcam pode revelar o estado emocional ou a vida privada, que as plataformas não podem tratar (Diretiva da UE relativa ao trabalho em plataformas, art. 7.º)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>No data records or incidents are recorded yet. Record them with `data handled`, `data collected` and `incident add`.</source>
        <translation>Ainda não há registros de dados nem incidentes. Registre-os com `data handled`, `data collected` e `incident add`.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>waiting, in time</source>
        <translation>aguardando, no prazo</translation>
    </message>
    <message>
        <source>OVERDUE: no answer</source>
        <translation>VENCIDA: sem resposta</translation>
    </message>
    <message>
        <source>answered in part</source>
        <translation>respondida em parte</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltou</translation>
    </message>
    <message>
        <source>Received from {client} for the request of {sent}: 1 file, kept as evidence</source>
        <translation>Recebido de {client} para a solicitação de {sent}: 1 arquivo, guardado como prova</translation>
    </message>
    <message>
        <source>Received from {client} for the request of {sent}: {count} files, kept as evidence</source>
        <translation>Recebido de {client} para a solicitação de {sent}: {count} arquivos, guardados como prova</translation>
    </message>
    <message>
        <source>What the incidents cost you: {costs}.</source>
        <translation>O que os incidentes custaram a você: {costs}.</translation>
    </message>
    <message>
        <source>Data you handled for them</source>
        <translation>Dados que você tratou para eles</translation>
    </message>
    <message>
        <source>What they collected about you</source>
        <translation>O que coletaram sobre você</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Data involved</source>
        <translation>Dados envolvidos</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>De quem são os dados</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Retention you were told</source>
        <translation>Retenção informada a você</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Guardado em</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>{client}: the {sent} request was due by {due} and is unanswered.</source>
        <translation>{client}: a solicitação de {sent} vencia em {due} e está sem resposta.</translation>
    </message>
    <message>
        <source>not told</source>
        <translation>não informada</translation>
    </message>
    <message>
        <source>{tool} ({monitoring}): consent {consent}.</source>
        <translation>{tool} ({monitoring}): consentimento {consent}.</translation>
    </message>
    <message>
        <source> (extended {day})</source>
        <translation> (prorrogado em {day})</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>enviado por e-mail</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copiado</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresso</translation>
    </message>
    <message>
        <source>When these records existed</source>
        <translation>Quando estes registros existiam</translation>
    </message>
    <message>
        <source> (the worker's record of sending it)</source>
        <translation> (registro de envio da pessoa trabalhadora)</translation>
    </message>
    <message>
        <source>{day}, by the worker's own records only (not sent or time-stamped)</source>
        <translation>{day}, apenas pelos próprios registros da pessoa trabalhadora (não enviada nem carimbada)</translation>
    </message>
    <message>
        <source>An anchor is the fingerprint of the whole history on that day (recompute it from the records: see docs/evidence.md). Each record is counted under the first anchor that includes its latest change.</source>
        <translation>Uma âncora é a impressão digital de todo o histórico naquele dia (pode ser recalculada a partir dos registros: ver docs/evidence.md). Cada registro é contado sob a primeira âncora que inclui a sua última alteração.</translation>
    </message>
    <message>
        <source>No anchor of these records was made yet: nothing outside the records shows when they were written.</source>
        <translation>Ainda não foi feita nenhuma âncora destes registros: nada fora dos registros mostra quando foram escritos.</translation>
    </message>
    <message>
        <source>Clock: every change to these records was recorded at a time after the change before it.</source>
        <translation>Relógio: cada alteração destes registros foi registrada em um horário posterior ao da alteração anterior.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recorded at (UTC)</source>
        <translation>Registrado em (UTC)</translation>
    </message>
    <message>
        <source>Change before it at (UTC)</source>
        <translation>Alteração anterior em (UTC)</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Âncora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>These records existed, as they are now, no later than</source>
        <translation>Estes registros existiam, tal como estão agora, no máximo em</translation>
    </message>
    <message>
        <source>The computer's clock was set back: {count} change(s) to these records are recorded at a time before the change ahead of them, so their recorded times cannot be relied on.</source>
        <translation>O relógio do computador foi atrasado: {count} alteração(ões) destes registros aparecem registradas antes da alteração que as precede, portanto seus horários registrados não são confiáveis.</translation>
    </message>
    <message>
        <source>{at} UTC, per {authority} (RFC 3161 time stamp)</source>
        <translation>{at} UTC, segundo {authority} (carimbo de tempo RFC 3161)</translation>
    </message>
    <message>
        <source> to {recipient}</source>
        <translation> para {recipient}</translation>
    </message>
    <message>
        <source>Written or changed after the latest anchor ({count}): {named}</source>
        <translation>Escritos ou alterados depois da última âncora ({count}): {named}</translation>
    </message>
    <message>
        <source>; and {more} more</source>
        <translation>; e mais {more}</translation>
    </message>
    <message>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Os valores legais são uma estimativa — não constituem aconselhamento jurídico.</translation>
    </message>
    <message>
        <source>a written contract</source>
        <translation>um contrato escrito</translation>
    </message>
    <message>
        <source>a written pre-contract disclosure of the terms (not a written contract)</source>
        <translation>uma divulgação escrita das condições antes do contrato (não um contrato escrito)</translation>
    </message>
    <message>
        <source>The worked steps below are in English, as the rules and their sources are written.</source>
        <translation>Os passos de cálculo a seguir estão em inglês, tal como as regras e suas fontes foram redigidas.</translation>
    </message>
</context>
</TS>
