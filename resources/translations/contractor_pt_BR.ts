<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="26"/>
        <source>Your records were restored from the backup of %1.</source>
        <translation>Seus registros foram restaurados do backup de %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="28"/>
        <source>Your records as they were are kept in %1 for %2 days.</source>
        <translation>Seus registros como estavam ficam guardados em %1 por %2 dias.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="31"/>
        <source>Unlock with your new password.</source>
        <translation>Desbloqueie com sua nova senha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="32"/>
        <source>Unlock with the password you had on the day of the backup.</source>
        <translation>Desbloqueie com a senha que você tinha no dia do backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="35"/>
        <source>The restore did not finish: %1</source>
        <translation>A restauração não terminou: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="47"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="48"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="49"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="50"/>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/list_model.py" line="42"/>
        <source>no pay terms yet</source>
        <translation>ainda sem condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="36"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <source>Engagement</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="39"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="41"/>
        <source>Pay</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="42"/>
        <source>Not paid for</source>
        <translation>Não pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="43"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Platform fee</source>
        <translation>Taxa da plataforma</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="40"/>
        <source>These terms apply to work done today.</source>
        <translation>Estas condições valem para o trabalho feito hoje.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="78"/>
        <source>no pay terms yet: add them with New pay terms</source>
        <translation>ainda sem condições de pagamento: adicione-as em Novas condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="74"/>
        <source>%1 (in force)</source>
        <translation>%1 (em vigor)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="34"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="287"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="316"/>
        <source>%1 per hour</source>
        <translation>%1 por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>%1 per %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="36"/>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="37"/>
        <source>%1 fixed price</source>
        <translation>preço fixo de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="43"/>
        <source>a fixed price for the whole engagement</source>
        <translation>um preço fixo pelo projeto todo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="45"/>
        <source>every category is paid</source>
        <translation>toda categoria é paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="52"/>
        <source>the start</source>
        <translation>o início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Contractor (freelancer)</source>
        <translation>Autônomo (freelancer)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Employee</source>
        <translation>Empregado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="73"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Por que importa: empregados têm direito por lei a salário mínimo e horas extras; autônomos muitas vezes não. O que o contrato diz é um começo; como você é tratado também conta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="185"/>
        <source>Hours and pay per week</source>
        <translation>Horas e pagamento por semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="196"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="210"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="202"/>
        <source>Earned (%1)</source>
        <translation>Ganho (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="204"/>
        <source>Paid (%1)</source>
        <translation>Pago (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="212"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <source>Week starting</source>
        <translation>Semana a partir de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="245"/>
        <source>%1 in %2 entries</source>
        <translation>%1 em %2 lançamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="246"/>
        <source>Earned %1, paid %2</source>
        <translation>Ganho %1, pago %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="263"/>
        <source>Pay per hour at your terms against the minimum wage</source>
        <translation>Pagamento por hora nas suas condições comparado ao salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="274"/>
        <source>Pay per hour at your terms</source>
        <translation>Pagamento por hora nas suas condições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="276"/>
        <source>Minimum wage (estimate)</source>
        <translation>Salário mínimo (estimativa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="313"/>
        <source>Earned %1 for %2 worked</source>
        <translation>Ganho de %1 por %2 trabalhados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="318"/>
        <source>Minimum wage %1 per hour (estimate — not legal advice)</source>
        <translation>Salário mínimo de %1 por hora (estimativa — não é aconselhamento jurídico)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="327"/>
        <source>Paid and owed per client, all time</source>
        <translation>Pago e devido por cliente, todo o período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="337"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <location filename="../../contractor_app/gui/pay/text.py" line="88"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="338"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Owed</source>
        <translation>Devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="371"/>
        <source>%1
Earned %2, paid %3, owed %4</source>
        <translation>%1
Ganho %2, pago %3, devido %4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="37"/>
        <source>Something unexpected stopped this action ({name}). Your records are safe: every change is saved whole or not at all. Try again; if it happens again, please report it.</source>
        <translation>Algo inesperado interrompeu esta ação ({name}). Seus registros estão seguros: cada alteração é salva inteira ou não é salva. Tente de novo; se acontecer outra vez, por favor, informe o problema.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="48"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="51"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="62"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="145"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="102"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="105"/>
        <source>Type a time like 09:30.</source>
        <translation>Digite um horário como 09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="118"/>
        <source>Type a date like 2026-11-26.</source>
        <translation>Digite uma data como 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="132"/>
        <source>The entry would start after it ends; change the end first.</source>
        <translation>O lançamento começaria depois de terminar; mude o fim primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="148"/>
        <source>This column cannot be edited.</source>
        <translation>Esta coluna não pode ser editada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Data breach</source>
        <translation>Vazamento de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Entry #%1</source>
        <translation>Lançamento nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Payment #%1</source>
        <translation>Pagamento nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Invoice #%1</source>
        <translation>Fatura nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Incident #%1</source>
        <translation>Incidente nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Data record #%1</source>
        <translation>Registro de dados nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="56"/>
        <source>Discard changes?</source>
        <translation>Descartar alterações?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="57"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>O que você digitou neste formulário não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="58"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="59"/>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
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
        <translation>agora mesmo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="49"/>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="51"/>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="52"/>
        <source>%1 days ago</source>
        <translation>há %1 dias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="129"/>
        <source>%1 today</source>
        <translation>%1 hoje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="131"/>
        <source>%1 yesterday</source>
        <translation>%1 ontem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="132"/>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Productive</source>
        <translation>Produtivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Onboarding</source>
        <translation>Integração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Rework</source>
        <translation>Retrabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Admin</source>
        <translation>Administração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="139"/>
        <source>Travel</source>
        <translation>Deslocamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late by %1</source>
        <translation>atrasado %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>overlap</source>
        <translation>sobreposição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="153"/>
        <source>changed on two computers</source>
        <translation>alterado em dois computadores</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/formatting.py" line="160"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="299"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="34"/>
        <source>Edit payment</source>
        <translation>Editar pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="46"/>
        <source>Delete payment</source>
        <translation>Excluir pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="52"/>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="61"/>
        <source>Edit invoice</source>
        <translation>Editar fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="74"/>
        <source>Delete invoice</source>
        <translation>Excluir fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="95"/>
        <source>Add invoice</source>
        <translation>Adicionar fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
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
        <translation>Taxa de transferência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="63"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="64"/>
        <source>Receipt</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="69"/>
        <source>Evidence #%1</source>
        <translation>Prova nº %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="268"/>
        <source>Delete expense</source>
        <translation>Excluir despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="177"/>
        <source>Add expense</source>
        <translation>Adicionar despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="78"/>
        <source>Edit expense</source>
        <translation>Editar despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Every hour worked, unpaid categories included</source>
        <translation>Cada hora trabalhada, incluindo categorias não pagas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>What the work earned under your terms, with bonuses and adjustments</source>
        <translation>O que o trabalho rendeu nas suas condições, com bônus e ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <source>Payments counted in this period: by the period they cover, else by the day they arrived</source>
        <translation>Pagamentos contados neste período: pelo período que cobrem, senão pelo dia em que chegaram</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Earned minus paid</source>
        <translation>Ganho menos pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid per hour</source>
        <translation>Pago por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid divided by ALL hours worked, unpaid time included</source>
        <translation>Pago dividido por TODAS as horas trabalhadas, incluindo o tempo não pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Minimum wage</source>
        <translation>Salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Net per hour</source>
        <translation>Líquido por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Paid less what the work cost you (fees, expenses, distance), divided by ALL hours worked</source>
        <translation>Pago menos o que o trabalho custou (taxas, despesas, distância), dividido por TODAS as horas trabalhadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="130"/>
        <source>All clients (%1)</source>
        <translation>Todos os clientes (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/models.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n lançamento</numerusform>
            <numerusform>%n lançamentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="141"/>
        <source>Exchange rate needed</source>
        <translation>Taxa de câmbio necessária</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="142"/>
        <source>The minimum wage here is in %1 and this client pays in %2: to compare them, %3.</source>
        <translation>O salário mínimo aqui é em %1 e este cliente paga em %2: para compará-los, %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="146"/>
        <source>No minimum wage known</source>
        <translation>Nenhum salário mínimo conhecido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="147"/>
        <source>No minimum wage is known for this client&apos;s place in its currency. Set the client&apos;s jurisdiction in Clients.</source>
        <translation>Não se conhece um salário mínimo para o local deste cliente na moeda dele. Defina a jurisdição do cliente em Clientes.</translation>
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
        <translation>%1, desde %2. Fonte: %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="154"/>
        <source>%1/h (%2/h)</source>
        <translation>%1/h (%2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="157"/>
        <source>Converted at %1.</source>
        <translation>Convertido a %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="161"/>
        <source>The agreed terms pay %1 for hours that come to %2 at the minimum wage: %3 short (%4).</source>
        <translation>As condições combinadas pagam %1 por horas que dariam %2 no salário mínimo: faltam %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="165"/>
        <source>At or above minimum wage</source>
        <translation>No salário mínimo ou acima</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="168"/>
        <source>Below the app-based pay floor</source>
        <translation>Abaixo do piso de pagamento por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="169"/>
        <source>%1 sets %2 an hour for app-based work: the agreed terms pay %3 for hours that come to %4 at it, %5 short (%6).</source>
        <translation>%1 fixa %2 por hora para trabalho por app: as condições combinadas pagam %3 por horas que dariam %4 nesse valor, faltam %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="180"/>
        <source>%1 paid ÷ %2 worked</source>
        <translation>%1 pago ÷ %2 trabalhados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="192"/>
        <source>(%1 paid − %2 costs) ÷ %3 worked. Costs: fees %4, expenses %5, distance %6</source>
        <translation>(%1 pago − %2 custos) ÷ %3 trabalhados. Custos: taxas %4, despesas %5, distância %6</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="197"/>
        <source>Not subtracted, in other currencies: %1</source>
        <translation>Não descontados, em outras moedas: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Gross: before fees</source>
        <translation>Bruto: antes das taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Fees and deductions</source>
        <translation>Taxas e descontos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Covers</source>
        <translation>Cobre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Pays for</source>
        <translation>Paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="66"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="225"/>
        <source>Fees %1, deductions %2</source>
        <translation>Taxas %1, descontos %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="228"/>
        <source>Invoice %1</source>
        <translation>Fatura %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="102"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="258"/>
        <source>Last payment %1</source>
        <translation>Último pagamento %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="259"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>Work done</source>
        <translation>Trabalho feito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Deadline from</source>
        <translation>Prazo a partir de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="278"/>
        <source>Possible damages</source>
        <translation>Possível indenização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>the invoice</source>
        <translation>a fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>your contract</source>
        <translation>seu contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="295"/>
        <source>The work it pays for was finished on this day</source>
        <translation>O trabalho que ele paga terminou neste dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="297"/>
        <source>not paid yet</source>
        <translation>ainda não pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="22"/>
        <source>estimate — not legal advice</source>
        <translation>estimativa — não é aconselhamento jurídico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="27"/>
        <source>Agreed pay below minimum wage — estimate, not legal advice</source>
        <translation>Pagamento combinado abaixo do salário mínimo — estimativa, não é aconselhamento jurídico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Bank transfer</source>
        <translation>Transferência bancária</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Platform payout</source>
        <translation>Repasse da plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="87"/>
        <source>Paid %n days late</source>
        <translation>
            <numerusform>Pago com %n dia de atraso</numerusform>
            <numerusform>Pago com %n dias de atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="90"/>
        <source>Overdue: %n days late</source>
        <translation>
            <numerusform>Vencido: %n dia de atraso</numerusform>
            <numerusform>Vencido: %n dias de atraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="92"/>
        <source>Part paid</source>
        <translation>Pago em parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="93"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="99"/>
        <source>No due date: none on the invoice, no payment terms, and no law known for this place.</source>
        <translation>Sem vencimento: nenhum na fatura, nenhuma condição de pagamento e nenhuma lei conhecida para este local.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="101"/>
        <source>Due date written on the invoice.</source>
        <translation>Vencimento escrito na fatura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="103"/>
        <source>Due date from the payment terms agreed with this client.</source>
        <translation>Vencimento pelas condições de pagamento combinadas com este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="104"/>
        <source>Deadline from %1 (%2).</source>
        <translation>Prazo conforme %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="39"/>
        <source>Match payment to %1</source>
        <translation>Associar pagamento a %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="64"/>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="65"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="67"/>
        <source>Statement</source>
        <translation>Extrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="68"/>
        <source>Why not matched</source>
        <translation>Por que não foi associado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="80"/>
        <source>Imported payments to match</source>
        <translation>Pagamentos importados para associar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="82"/>
        <source>Client to match the payment to</source>
        <translation>Cliente a associar ao pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="83"/>
        <source>Match to client</source>
        <translation>Associar ao cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="86"/>
        <source>Nothing to match. Payments imported from a statement whose payer is not one of your clients wait here.</source>
        <translation>Nada para associar. Pagamentos importados de um extrato cujo pagador não é um dos seus clientes aguardam aqui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="89"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="123"/>
        <source>Select a payment and the client it is from.</source>
        <translation>Selecione um pagamento e o cliente de quem ele veio.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="129"/>
        <source>Matched to %1; its payer will be recognised next time. Undo with Ctrl+Z.</source>
        <translation>Associado a %1; o pagador será reconhecido da próxima vez. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>California</source>
        <translation>Califórnia</translation>
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
        <translation>Estado de Nova York</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York City</source>
        <translation>Cidade de Nova York</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>Washington State</source>
        <translation>Estado de Washington</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="27"/>
        <source>Seattle</source>
        <translation>Seattle</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="27"/>
        <source>Ontario</source>
        <translation>Ontário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="81"/>
        <source>“%1” could be %2. Choose one from the list.</source>
        <translation>“%1” pode ser %2. Escolha um da lista.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="82"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="50"/>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="63"/>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="78"/>
        <location filename="../../contractor_app/gui/undo.py" line="99"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>data record</source>
        <translation>registro de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Low: nothing about a person</source>
        <translation>Baixa: nada sobre uma pessoa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Medium: names, contact details</source>
        <translation>Média: nomes, dados de contato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="24"/>
        <source>High: IDs, money, private messages</source>
        <translation>Alta: documentos, dinheiro, mensagens privadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="25"/>
        <source>Special category: health, biometrics, beliefs, sex life</source>
        <translation>Categoria especial: saúde, biometria, crenças, vida sexual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screen recording</source>
        <translation>Gravação de tela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screenshots</source>
        <translation>Capturas de tela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Voice recording</source>
        <translation>Gravação de voz</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Keystrokes or activity</source>
        <translation>Teclas ou atividade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>ID document</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>Biometrics (face, fingerprint)</source>
        <translation>Biometria (rosto, impressão digital)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Ratings</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Given in writing</source>
        <translation>Dado por escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Clicked through</source>
        <translation>Aceito com um clique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Not asked</source>
        <translation>Não solicitado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="81"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="83"/>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="57"/>
        <source>No consent was given: worth raising in a data-access request.</source>
        <translation>Nenhum consentimento foi dado: vale mencionar num pedido de acesso aos dados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="64"/>
        <source>Kinds of data</source>
        <translation>Tipos de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="65"/>
        <source>Whose data</source>
        <translation>Dados de quem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="66"/>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="68"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="80"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="76"/>
        <source>What was collected</source>
        <translation>O que foi coletado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="77"/>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="78"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>Retention you were told</source>
        <translation>Retenção informada a você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>not told</source>
        <translation>não informada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="93"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="94"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="96"/>
        <source>Notice received</source>
        <translation>Aviso recebido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="97"/>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="98"/>
        <source>Data involved</source>
        <translation>Dados envolvidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="99"/>
        <source>Steps taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="100"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="101"/>
        <source>Time spent</source>
        <translation>Tempo gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="29"/>
        <source>This is the recovery key of your Contractor Ledger records.</source>
        <translation>Esta é a chave de recuperação dos seus registros do Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="30"/>
        <source>If you forget your password, it lets you open your records and choose a new password.</source>
        <translation>Se você esquecer sua senha, ela permite abrir seus registros e escolher uma nova senha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="31"/>
        <source>If you lose both your password and this key, nobody can open your records.</source>
        <translation>Se você perder sua senha e esta chave, ninguém poderá abrir seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="32"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone with it can open your records.</source>
        <translation>Guarde esta página em lugar seguro, longe do computador. Quem a tiver pode abrir seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="34"/>
        <source>Records folder: %1</source>
        <translation>Pasta dos registros: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="35"/>
        <source>Made on: %1</source>
        <translation>Feito em: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="37"/>
        <source>Contractor Ledger: recovery key</source>
        <translation>Contractor Ledger: chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>your details</source>
        <translation>seus dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the client&apos;s details</source>
        <translation>os dados do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the pay figures</source>
        <translation>os valores de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the work entries</source>
        <translation>os lançamentos de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the payments</source>
        <translation>os pagamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the evidence list</source>
        <translation>a lista de provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the edit history</source>
        <translation>o histórico de edições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the data records and incidents</source>
        <translation>os registros de dados e incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="46"/>
        <source>Not made from your records. The file is untouched, but it was made from someone else&apos;s records (key %1), so it cannot be checked against yours.</source>
        <translation>Não foi feito a partir dos seus registros. O arquivo está intacto, mas foi feito com os registros de outra pessoa (chave %1), então não pode ser conferido com os seus.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="52"/>
        <source>Untouched, but your records changed since it was made: %1 are different now. Make a new report to show your records as they are.</source>
        <translation>Intacto, mas seus registros mudaram desde que foi feito: %1 estão diferentes agora. Faça um novo relatório para mostrar seus registros como estão.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="57"/>
        <source>Later changes to your records (%1) did not touch it.</source>
        <translation>Alterações posteriores nos seus registros (%1) não o afetaram.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="58"/>
        <source>Valid: this is the report as it was made, not a byte changed, and it still matches your records.</source>
        <translation>Válido: este é o relatório como foi feito, sem nenhum byte alterado, e ainda corresponde aos seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="64"/>
        <source>Altered: this file is not the report as it was made. Do not rely on it; ask for the original, or make a new report.</source>
        <translation>Alterado: este arquivo não é o relatório como foi feito. Não confie nele; peça o original ou faça um novo relatório.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="67"/>
        <source>This file could not be checked: %1</source>
        <translation>Não foi possível verificar este arquivo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="73"/>
        <source>everything recorded</source>
        <translation>tudo o que foi registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entry</source>
        <translation>Excluir lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entries</source>
        <translation>Excluir lançamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="141"/>
        <source>Add entry</source>
        <translation>Adicionar lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="59"/>
        <source>Rate</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="64"/>
        <source>not priced</source>
        <translation>sem valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="65"/>
        <source>No official rate is known for your country on that day.</source>
        <translation>Não se conhece uma tarifa oficial para o seu país nesse dia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="204"/>
        <source>Delete trip</source>
        <translation>Excluir viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="119"/>
        <source>Add trip</source>
        <translation>Adicionar viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/commands.py" line="14"/>
        <source>Unlink evidence</source>
        <translation>Desvincular evidência</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="27"/>
        <source>About Contractor Ledger</source>
        <translation>Sobre o Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="31"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="32"/>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="35"/>
        <source>A worker&apos;s own encrypted record of work, pay and data.</source>
        <translation>O registro criptografado do próprio trabalhador: trabalho, pagamento e dados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="36"/>
        <source>Contractor Ledger makes no network connections: your records never leave this computer unless you export or back them up.</source>
        <translation>O Contractor Ledger não faz conexões de rede: seus registros nunca saem deste computador, a menos que você os exporte ou faça backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="39"/>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): {url}</source>
        <translation>Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior ({licence}): {url}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="41"/>
        <source>Built with Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab and PDFium. Reports use the DejaVu fonts (Bitstream Vera and public-domain changes).</source>
        <translation>Feito com Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab e PDFium. Os relatórios usam as fontes DejaVu (Bitstream Vera e alterações em domínio público).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="44"/>
        <source>Icons from Lucide (ISC licence).</source>
        <translation>Ícones do Lucide (licença ISC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="48"/>
        <source>Not yet reviewed by a native speaker: the translations into {languages}. Corrections are welcome.</source>
        <translation>Ainda não revisadas por um falante nativo: as traduções para {languages}. Correções são bem-vindas.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="235"/>
        <source>About you</source>
        <translation>Sobre você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="236"/>
        <source>Reports show your name; times are shown in your zone, amounts in your currency.</source>
        <translation>Os relatórios mostram seu nome; horários aparecem no seu fuso, valores na sua moeda.</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="52"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="53"/>
        <source>As reports should show it (optional)</source>
        <translation>Como os relatórios devem mostrá-lo (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="63"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="65"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="67"/>
        <source>Country or region</source>
        <translation>País ou região</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="68"/>
        <source>Where you work: a country, state or city, e.g. California</source>
        <translation>Onde você trabalha: um país, estado ou cidade, ex.: Califórnia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="76"/>
        <source>Your &amp;name</source>
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="77"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="78"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="79"/>
        <source>Country or &amp;region</source>
        <translation>País ou &amp;região</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="131"/>
        <source>%1: no minimum wage in %2 is known to this app.</source>
        <translation>%1: nenhum salário mínimo em %2 é conhecido por este app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="135"/>
        <source>%1: the minimum wage that applies is %2 an hour (estimate — not legal advice).</source>
        <translation>%1: o salário mínimo aplicável é %2 por hora (estimativa — não é aconselhamento jurídico).</translation>
    </message>
</context>
<context>
    <name>AccessRequestsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="68"/>
        <source>Data-access requests</source>
        <translation>Pedidos de acesso aos dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="126"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="127"/>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="128"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="129"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="130"/>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="132"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="77"/>
        <source>Follow-up letter…</source>
        <translation>Carta de cobrança…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="78"/>
        <source>Make the follow-up letter for a request past its deadline or answered in part</source>
        <translation>Fazer a carta de cobrança para um pedido com prazo vencido ou respondido em parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="81"/>
        <source>&amp;Import the answer…</source>
        <translation>&amp;Importar a resposta…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="82"/>
        <source>Keep the files of the platform&apos;s answer (a zip) as evidence of this request</source>
        <translation>Guardar os arquivos da resposta da plataforma (um zip) como prova deste pedido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="85"/>
        <source>&amp;Add a request…</source>
        <translation>&amp;Adicionar uma solicitação…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="86"/>
        <source>Record a data-access request you sent: its deadline by law shows here</source>
        <translation>Registre uma solicitação de acesso a dados que você enviou: o prazo legal aparece aqui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="88"/>
        <source>Record the a&amp;nswer…</source>
        <translation>Registrar a res&amp;posta…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="89"/>
        <source>When the client answered, and whether the answer held everything</source>
        <translation>Quando o cliente respondeu e se a resposta trazia tudo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="91"/>
        <source>E&amp;xtension…</source>
        <translation>Pro&amp;rrogação…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="92"/>
        <source>The client said it needs the extra time the law allows</source>
        <translation>O cliente disse que precisa do prazo extra que a lei permite</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="231"/>
        <source>Select a request to see how its deadline was counted.</source>
        <translation>Selecione um pedido para ver como o prazo foi contado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="234"/>
        <source>Due %1. %2</source>
        <translation>Vencimento %1. %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="237"/>
        <source>Due %1 (%2). %3</source>
        <translation>Vencimento %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="241"/>
        <source> (extended)</source>
        <translation> (prorrogado)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="252"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="153"/>
        <source>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</source>
        <translation>
            <numerusform>%n pedido de acesso aos dados precisa de cobrança: prazo vencido sem resposta, ou respondido em parte.</numerusform>
            <numerusform>%n pedidos de acesso aos dados precisam de cobrança: prazo vencido sem resposta, ou respondidos em parte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="76"/>
        <source>How the deadline was counted</source>
        <translation>Como o prazo foi contado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="156"/>
        <source>Sent a data-access request? Record it with “Add a request…” and its deadline by law shows here; an overdue one is marked.</source>
        <translation>Enviou uma solicitação de acesso a dados? Registre-a com “Adicionar uma solicitação…” e o prazo legal aparece aqui; as vencidas são marcadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="189"/>
        <source>%n files of the answer are kept as evidence of the request to %1.</source>
        <translation>
            <numerusform>%n arquivo da resposta está guardado como prova do pedido a %1.</numerusform>
            <numerusform>%n arquivos da resposta estão guardados como prova do pedido a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="216"/>
        <source>Saved the request to %1: due %2 (%3).</source>
        <translation>Solicitação a %1 salva: vence em %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="220"/>
        <source>Import the answer</source>
        <translation>Importar a resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="221"/>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Arquivos zip (*.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>waiting, in time</source>
        <translation>aguardando, no prazo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>OVERDUE: no answer</source>
        <translation>VENCIDO: sem resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered in part</source>
        <translation>respondido em parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Record a data-access request</source>
        <translation>Registrar uma solicitação de acesso a dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>Law</source>
        <translation>Lei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>By the client&apos;s jurisdiction</source>
        <translation>Conforme a jurisdição do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="85"/>
        <source>Sent on</source>
        <translation>Enviada em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="36"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="37"/>
        <source>post</source>
        <translation>correio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="38"/>
        <source>web form</source>
        <translation>formulário web</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="39"/>
        <source>in the app</source>
        <translation>no app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="87"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>&amp;Received on</source>
        <translation>&amp;Recebida em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>Received on</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>optional: reference number, to whom it went…</source>
        <translation>opcional: número de referência, a quem foi enviada…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="91"/>
        <source>&amp;Law</source>
        <translation>&amp;Lei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="92"/>
        <source>&amp;Sent on</source>
        <translation>En&amp;viada em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="93"/>
        <source>Sent &amp;by</source>
        <translation>Enviada &amp;por</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="95"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="101"/>
        <source>Choose the client the request went to.</source>
        <translation>Escolha o cliente a quem a solicitação foi enviada.</translation>
    </message>
</context>
<context>
    <name>AnchorPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="62"/>
        <source>Import a time stamp</source>
        <translation>Importar um carimbo de tempo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="63"/>
        <source>Time-stamp responses (*.tsr);;All files (*)</source>
        <translation>Respostas de carimbo de tempo (*.tsr);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="66"/>
        <source>Which authority?</source>
        <translation>Qual autoridade?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="67"/>
        <source>Which authority stamped it? FreeTSA: choose its CA file (cacert.pem). DigiCert, or another authority your system trusts: use your system&apos;s certificates.</source>
        <translation>Qual autoridade o carimbou? FreeTSA: escolha o arquivo de CA dela (cacert.pem). DigiCert ou outra autoridade em que seu sistema confia: use os certificados do sistema.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="71"/>
        <source>Choose the CA file…</source>
        <translation>Escolher o arquivo de CA…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="73"/>
        <source>My system&apos;s certificates</source>
        <translation>Os certificados do meu sistema</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="82"/>
        <source>The authority&apos;s CA certificate</source>
        <translation>O certificado de CA da autoridade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="83"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="89"/>
        <source>Save the time-stamp request</source>
        <translation>Salvar a solicitação de carimbo de tempo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="90"/>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Solicitações de carimbo de tempo (*.tsq)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="109"/>
        <source>your e-mail address, or your union&apos;s</source>
        <translation>seu endereço de e-mail, ou o do seu sindicato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="110"/>
        <source>Send the anchor to</source>
        <translation>Enviar a âncora para</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="111"/>
        <source>Email…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="112"/>
        <source>Email the anchor with your mail program</source>
        <translation>Enviar a âncora pelo seu programa de e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="113"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="114"/>
        <source>Copy the anchor</source>
        <translation>Copiar a âncora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="115"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="116"/>
        <source>Print the anchor</source>
        <translation>Imprimir a âncora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="117"/>
        <source>Time-stamp request…</source>
        <translation>Solicitação de carimbo de tempo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="118"/>
        <source>Save a time-stamp request for the anchor</source>
        <translation>Salvar uma solicitação de carimbo de tempo para a âncora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="119"/>
        <source>Import a time stamp…</source>
        <translation>Importar um carimbo de tempo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="120"/>
        <source>Import and check a time stamp from an authority</source>
        <translation>Importar e verificar um carimbo de tempo de uma autoridade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="141"/>
        <source>&lt;b&gt;Anchor your records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ancore seus registros&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="142"/>
        <source>Send today&apos;s anchor somewhere you do not control: it shows later that your records stood as they are now no later than today.</source>
        <translation>Envie a âncora de hoje para um lugar que você não controla: ela mostra depois que seus registros estavam como estão agora até hoje, no mais tardar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="147"/>
        <source>Stronger: have it time-stamped by a public authority. Save the request, send it with curl (docs/evidence.md in the guide shows how), then import the answer.</source>
        <translation>Mais forte: faça uma autoridade pública carimbá-la no tempo. Salve a solicitação, envie-a com curl (docs/evidence.md no guia mostra como) e depois importe a resposta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="164"/>
        <source>No mail program opened. Copy the anchor and send it yourself.</source>
        <translation>Nenhum programa de e-mail abriu. Copie a âncora e envie você mesmo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="185"/>
        <source>Saved %1. Send it to a time-stamping authority, then import the answer (.tsr).</source>
        <translation>Salvo %1. Envie-o a uma autoridade de carimbo de tempo e depois importe a resposta (.tsr).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="200"/>
        <source>Checked and kept: anchor %1 existed no later than %2 UTC, per %3.</source>
        <translation>Verificado e guardado: a âncora %1 existia no máximo em %2 UTC, segundo %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="220"/>
        <source>Today&apos;s anchor: %1 (%2, %3 changes recorded)</source>
        <translation>Âncora de hoje: %1 (%2, %3 alterações registradas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="228"/>
        <source>time-stamped by %1</source>
        <translation>com carimbo de tempo de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed to %1</source>
        <translation>enviada por e-mail para %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed</source>
        <translation>enviada por e-mail</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>copied</source>
        <translation>copiada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>printed</source>
        <translation>impressa</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="115"/>
        <source>Record the answer from %1</source>
        <translation>Registrar a resposta de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="116"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="118"/>
        <source>Answered on</source>
        <translation>Respondida em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="119"/>
        <source>It holds &amp;everything asked for</source>
        <translation>Traz &amp;tudo o que foi pedido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>What was missing</source>
        <translation>O que faltou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>e.g. ratings, the reasons for the deactivation</source>
        <translation>ex.: avaliações, os motivos da desativação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="125"/>
        <source>&amp;Answered on</source>
        <translation>&amp;Respondida em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="127"/>
        <source>&amp;What was missing</source>
        <translation>O &amp;que faltou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="134"/>
        <source>Say what the answer left out (the follow-up letter names it), or tick that it holds everything.</source>
        <translation>Diga o que a resposta deixou de fora (a carta de acompanhamento o cita) ou marque que ela traz tudo.</translation>
    </message>
</context>
<context>
    <name>AppSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="35"/>
        <source>This app</source>
        <translation>Este app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="40"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="41"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="43"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear após estes minutos sem uso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="46"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="48"/>
        <source>Ask about the timer after this many hours</source>
        <translation>Perguntar sobre o cronômetro após estas horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="49"/>
        <source>Remind me at</source>
        <translation>Lembrar-me às</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="53"/>
        <source>Reminder time</source>
        <translation>Hora do lembrete</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="58"/>
        <source>if nothing is logged that day</source>
        <translation>se nada for registrado no dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="60"/>
        <source>Paper size for reports</source>
        <translation>Tamanho do papel dos relatórios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="61"/>
        <source>By my country or region</source>
        <translation>Pelo meu país ou região</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="62"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="66"/>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="92"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="67"/>
        <source>Same as this computer</source>
        <translation>Igual ao deste computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="73"/>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="74"/>
        <source>Lock your records and open Contractor Ledger again in the new language</source>
        <translation>Bloquear seus registros e abrir o Contractor Ledger de novo no novo idioma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="81"/>
        <source>Lock when idle for</source>
        <translation>Bloquear sem uso após</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="82"/>
        <source>Ask about a forgotten timer after</source>
        <translation>Perguntar sobre cronômetro esquecido após</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="83"/>
        <source>Daily reminder</source>
        <translation>Lembrete diário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="84"/>
        <source>Paper for reports</source>
        <translation>Papel dos relatórios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="88"/>
        <source>By country: Letter in the US and Canada, A4 elsewhere. A report can still be made on the other size.</source>
        <translation>Por país: Carta nos EUA e no Canadá, A4 nos demais. Um relatório ainda pode ser feito no outro tamanho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="114"/>
        <source>The new language applies the next time you open Contractor Ledger.</source>
        <translation>O novo idioma vale na próxima vez que você abrir o Contractor Ledger.</translation>
    </message>
</context>
<context>
    <name>AutoBackupForm</name>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="35"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="43"/>
        <source>Automatic backups</source>
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="41"/>
        <source>Back up when I lock or quit</source>
        <translation>Fazer backup ao bloquear ou sair</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="42"/>
        <source>Once a day, if something changed.</source>
        <translation>Uma vez por dia, se algo mudou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="45"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="117"/>
        <source>Folder for automatic backups</source>
        <translation>Pasta dos backups automáticos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="46"/>
        <source>A full path, like /home/you/Backups</source>
        <translation>Um caminho completo, como /home/voce/Backups</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="47"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="48"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Escolha a pasta dos backups automáticos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="50"/>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="51"/>
        <source>Use the backups folder beside your records</source>
        <translation>Usar a pasta de backups ao lado dos seus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Daily backups to keep</source>
        <translation>Backups diários a manter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Weekly backups to keep</source>
        <translation>Backups semanais a manter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Monthly backups to keep</source>
        <translation>Backups mensais a manter</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>daily</source>
        <translation>diários</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>weekly</source>
        <translation>semanais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="61"/>
        <source>monthly</source>
        <translation>mensais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="65"/>
        <source>Save backup settings</source>
        <translation>Salvar configurações de backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="71"/>
        <source>Folder (also for Back up now):</source>
        <translation>Pasta (também para Fazer backup agora):</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="73"/>
        <source>Keep the latest:</source>
        <translation>Manter os mais recentes:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="75"/>
        <source>Older automatic backups are deleted as new ones are made. Backups you make yourself are never deleted. A folder on another disk, or one a cloud drive syncs, keeps a copy safe if this computer fails; backups are encrypted.</source>
        <translation>Backups automáticos mais antigos são excluídos conforme novos são feitos. Backups que você faz nunca são excluídos. Uma pasta em outro disco, ou sincronizada com a nuvem, guarda uma cópia segura se este computador falhar; os backups são criptografados.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="40"/>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="41"/>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="42"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="44"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>By you</source>
        <translation>Por você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="57"/>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="60"/>
        <source>Complete (checked %1)</source>
        <translation>Completo (verificado %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="61"/>
        <source>Damaged (checked %1)</source>
        <translation>Danificado (verificado %1)</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="77"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="78"/>
        <source>Cancel the backup work in progress</source>
        <translation>Cancelar o backup em andamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="85"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="86"/>
        <source>A backup is an encrypted copy of all your records, evidence included. It opens with the password you had on the day it was made, or with your recovery key. Keep one on another disk too.</source>
        <translation>Um backup é uma cópia criptografada de todos os seus registros, provas incluídas. Ele abre com a senha que você tinha no dia em que foi feito, ou com sua chave de recuperação. Guarde um em outro disco também.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="107"/>
        <source>Last backup</source>
        <translation>Último backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="115"/>
        <source>Check it…</source>
        <translation>Verificar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="116"/>
        <source>Check the last backup</source>
        <translation>Verificar o último backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="129"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="133"/>
        <source>Back up to…</source>
        <translation>Fazer backup em…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="135"/>
        <source>Check a backup…</source>
        <translation>Verificar um backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="137"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="138"/>
        <source>Restore your records from a backup</source>
        <translation>Restaurar seus registros de um backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="149"/>
        <source>Backups in the folder</source>
        <translation>Backups na pasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="153"/>
        <source>Backups in the backup folder</source>
        <translation>Backups na pasta de backups</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="164"/>
        <source>No backups in this folder yet. Back up now: it takes a few seconds.</source>
        <translation>Ainda não há backups nesta pasta. Faça backup agora: leva alguns segundos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="171"/>
        <source>Double-click a backup to check it.</source>
        <translation>Clique duas vezes num backup para verificá-lo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="195"/>
        <source>No backup yet</source>
        <translation>Nenhum backup ainda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="196"/>
        <source>Back up now to keep a copy of your records. A backup is also made automatically when you lock, once a day, if your records changed.</source>
        <translation>Faça backup agora para guardar uma cópia dos seus registros. Um backup também é feito automaticamente ao bloquear, uma vez por dia, se seus registros mudaram.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="199"/>
        <source>Backups go to %1</source>
        <translation>Os backups vão para %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>made by you</source>
        <translation>feito por você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="205"/>
        <source>Saved as %1</source>
        <translation>Salvo como %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="230"/>
        <source>Backups (*%1);;All files (*)</source>
        <translation>Backups (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="236"/>
        <source>Back up to</source>
        <translation>Fazer backup em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="237"/>
        <source>Backups (*%1)</source>
        <translation>Backups (*%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="256"/>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="267"/>
        <source>Backup saved: %1 (%2). It opens with your current password or your recovery key.</source>
        <translation>Backup salvo: %1 (%2). Ele abre com sua senha atual ou sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="277"/>
        <source>Check a backup</source>
        <translation>Verificar um backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="285"/>
        <source>Check the backup of %1? It is unpacked into a temporary folder and checked the way a restore would check it. Your records are not changed.</source>
        <translation>Verificar o backup de %1? Ele é descompactado numa pasta temporária e verificado como uma restauração faria. Seus registros não são alterados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="287"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="297"/>
        <source>Checking the backup…</source>
        <translation>Verificando o backup…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="308"/>
        <source>This backup is complete and restores: %1 records, %2 evidence files, %3.</source>
        <translation>Este backup está completo e restaura: %1 registros, %2 arquivos de prova, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/backups/view.py" line="312"/>
        <source>This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; use another backup.</source>
        <translation>
            <numerusform>Este backup está danificado: %1 (%n problema no total). Nada foi alterado; use outro backup.</numerusform>
            <numerusform>Este backup está danificado: %1 (%n problemas no total). Nada foi alterado; use outro backup.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="341"/>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="351"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days, so nothing is lost. Contractor Ledger locks while it restores; then unlock with the password you had on the day of the backup, or with the new one if you use your recovery key.</source>
        <translation>Substituir seus registros pelo backup de %1?

Seus registros atuais ficarão guardados à parte em %2 por %3 dias, então nada se perde. O Contractor Ledger é bloqueado durante a restauração; depois, desbloqueie com a senha que você tinha no dia do backup, ou com a nova se usar sua chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="355"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="366"/>
        <source>Checking the backup before restoring…</source>
        <translation>Verificando o backup antes de restaurar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="386"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="398"/>
        <source>Cancelled. Nothing was written, and your records are unchanged.</source>
        <translation>Cancelado. Nada foi gravado e seus registros não mudaram.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="401"/>
        <source>Wrong password for this backup: it opens with the password you had on the day it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Senha errada para este backup: ele abre com a senha que você tinha no dia em que foi feito, ou com sua chave de recuperação. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="403"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Essa chave de recuperação não abre este backup. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="405"/>
        <source>This backup is damaged (%1). Nothing was restored or changed; use another backup.</source>
        <translation>Este backup está danificado (%1). Nada foi restaurado nem alterado; use outro backup.</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="103"/>
        <source>%1  (already linked)</source>
        <translation>%1  (já vinculado)</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="63"/>
        <source>Edit details…</source>
        <translation>Editar dados…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Your id on the platform</source>
        <translation>Seu id na plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="78"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Workweek starts</source>
        <translation>A semana começa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Pays within</source>
        <translation>Paga em até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="83"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="90"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="93"/>
        <source>Written contract</source>
        <translation>Contrato escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="101"/>
        <source>Engagements and their pay terms history</source>
        <translation>Projetos e histórico das condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="114"/>
        <source>Add engagement…</source>
        <translation>Adicionar projeto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="116"/>
        <source>New pay terms (a raise)…</source>
        <translation>Novas condições de pagamento (um aumento)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="117"/>
        <source>Record new terms from a date; earlier work keeps the old terms</source>
        <translation>Registrar novas condições a partir de uma data; o trabalho anterior mantém as condições antigas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="125"/>
        <source>Rename engagement…</source>
        <translation>Renomear projeto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="127"/>
        <source>Correct terms…</source>
        <translation>Corrigir condições…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="128"/>
        <source>Fix terms recorded wrong; for a raise, use New pay terms</source>
        <translation>Corrija condições registradas errado; para um aumento, use Novas condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="130"/>
        <source>Remove terms</source>
        <translation>Remover condições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="131"/>
        <source>Remove terms recorded by mistake (terms that price work are kept)</source>
        <translation>Remove condições registradas por engano (as que precificam trabalho são mantidas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="141"/>
        <source>Engagements and pay</source>
        <translation>Projetos e pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="143"/>
        <source>Terms are dated: a raise applies from its day on, and earlier work keeps the rate it was done at. The terms in force today are in bold.</source>
        <translation>As condições têm data: um aumento vale a partir do seu dia, e o trabalho anterior mantém o valor com que foi feito. As condições em vigor hoje estão em negrito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>not agreed</source>
        <translation>não combinado</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="126"/>
        <source>Add a client</source>
        <translation>Adicionar um cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="128"/>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="39"/>
        <source>Edit client details</source>
        <translation>Editar dados do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>The name you use for them</source>
        <translation>O nome que você usa para ele</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="41"/>
        <source>Legal name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="42"/>
        <source>As on the contract or invoices, e.g. Acme Labeling Inc.</source>
        <translation>Como no contrato ou nas faturas, ex.: Acme Labeling Inc.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="44"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="45"/>
        <source>Their postal address, for letters and claims</source>
        <translation>O endereço postal deles, para cartas e reclamações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="48"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="49"/>
        <source>A person, email or support page, e.g. support@acme.example</source>
        <translation>Uma pessoa, e-mail ou página de suporte, ex.: support@acme.example</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="50"/>
        <source>Your id on the platform</source>
        <translation>Seu id na plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="51"/>
        <source>Your worker id or username with them, e.g. AL-20417</source>
        <translation>Seu id de trabalhador ou nome de usuário com eles, ex.: AL-20417</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="53"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="57"/>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="58"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Onde você faz o trabalho, ex.: US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="60"/>
        <source>Workweek starts on</source>
        <translation>A semana de trabalho começa em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="65"/>
        <source>Days the client has to pay</source>
        <translation>Dias que o cliente tem para pagar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="67"/>
        <source>not agreed</source>
        <translation>não combinado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="68"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="70"/>
        <source>Note about the client</source>
        <translation>Nota sobre o cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="75"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Razão social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="77"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="78"/>
        <source>Your &amp;id on the platform</source>
        <translation>Seu &amp;id na plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="79"/>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="81"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="82"/>
        <source>&amp;Workweek starts</source>
        <translation>&amp;A semana começa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="83"/>
        <source>&amp;Pays within</source>
        <translation>&amp;Paga em até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="85"/>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="101"/>
        <source>A client needs a name.</source>
        <translation>Um cliente precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="47"/>
        <source>App-based &amp;work (delivery, rideshare): a pay floor may apply</source>
        <translation>Trabalho por &amp;app (entregas, transporte): um piso pode valer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="49"/>
        <source>App-based work</source>
        <translation>Trabalho por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="50"/>
        <source>Some places set a minimum pay for work through an app, whatever your classification (New York City delivery, Seattle app-based work). Tick this for such an app.</source>
        <translation>Alguns lugares fixam um pagamento mínimo para trabalho por app, qualquer que seja sua classificação (entregas em Nova York, trabalho por app em Seattle). Marque isto para esse tipo de app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="60"/>
        <source>Client name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="61"/>
        <source>The platform, agency or company, e.g. Acme Labeling</source>
        <translation>A plataforma, agência ou empresa, ex.: Acme Labeling</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>ex.: 20.00 (deixe vazio se ainda não combinado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="67"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="69"/>
        <source>Jurisdiction</source>
        <translation>Jurisdição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="70"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Onde você faz o trabalho, ex.: US-CA, GB, US-NY-NYC</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="72"/>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="73"/>
        <source>Contractor (freelancer)</source>
        <translation>Autônomo (freelancer)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="74"/>
        <source>Employee</source>
        <translation>Empregado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="76"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Por que importa: empregados têm direito por lei a salário mínimo e horas extras; autônomos muitas vezes não. O que o contrato diz é um começo; como você é tratado também conta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="80"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Tipo de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="83"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="84"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="85"/>
        <source>C&amp;lassification</source>
        <translation>C&amp;lassificação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Valor por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Valor por unidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>&amp;Price</source>
        <translation>&amp;Preço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="106"/>
        <source>A client needs a name.</source>
        <translation>Um cliente precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="257"/>
        <source>Your first client</source>
        <translation>Seu primeiro cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="258"/>
        <source>Who do you work for? A platform, an agency or a company. You can add more later.</source>
        <translation>Para quem você trabalha? Uma plataforma, uma agência ou uma empresa. Você pode adicionar outros depois.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="260"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="50"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="93"/>
        <source>Add client…</source>
        <translation>Adicionar cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="51"/>
        <source>Add a platform or company you work for (Ctrl+Shift+N)</source>
        <translation>Adicionar uma plataforma ou empresa para a qual você trabalha (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="54"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="61"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="75"/>
        <source>The selected client&apos;s details</source>
        <translation>Os dados do cliente selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="89"/>
        <source>No clients yet. Add the platform or company you work for, with what they pay you, to start logging work and checking your pay.</source>
        <translation>Nenhum cliente ainda. Adicione a plataforma ou empresa para a qual você trabalha, com o que ela paga, para começar a registrar trabalho e conferir seu pagamento.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="28"/>
        <source>Columns of this file</source>
        <translation>Colunas deste arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>Transaction &amp;ID</source>
        <translation>&amp;ID da transação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Currency</source>
        <translation>M&amp;oeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>F&amp;ees</source>
        <translation>&amp;Taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Payer name</source>
        <translation>Nome do &amp;pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Payer emai&amp;l</source>
        <translation>E-mai&amp;l do pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Reference (&amp;memo)</source>
        <translation>Referência (&amp;memo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="33"/>
        <source>e.g. my bank</source>
        <translation>ex.: meu banco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="34"/>
        <source>Name for this kind of file</source>
        <translation>Nome para este tipo de arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="35"/>
        <source>The column choices are saved under this name for the next file.</source>
        <translation>As escolhas de colunas são salvas com este nome para o próximo arquivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="38"/>
        <source>&amp;Name for this kind of file</source>
        <translation>&amp;Nome para este tipo de arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(choose a column)</source>
        <translation>(escolha uma coluna)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(not in this file)</source>
        <translation>(não está neste arquivo)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="32"/>
        <source>Changed on two computers</source>
        <translation>Alterado em dois computadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Other computer</source>
        <translation>Outro computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="39"/>
        <source>Both versions of the record</source>
        <translation>As duas versões do registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="43"/>
        <source>Keep this computer&apos;s</source>
        <translation>Manter a deste computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="55"/>
        <source>Nothing is lost: until you choose, this computer keeps its version and the other version is kept beside it.</source>
        <translation>Nada se perde: até você escolher, este computador mantém a sua versão e a outra fica guardada ao lado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="76"/>
        <source>Your computers agree: nothing to choose.</source>
        <translation>Seus computadores estão de acordo: nada a escolher.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="77"/>
        <source>Keep the other&apos;s</source>
        <translation>Manter a outra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="80"/>
        <source>%1 of %2: a %3 changed here and on %4.</source>
        <translation>%1 de %2: %3 alterado aqui e em %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="83"/>
        <source>Keep %1&apos;s</source>
        <translation>Manter a de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>work entry</source>
        <translation>lançamento de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>engagement</source>
        <translation>projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>pay terms</source>
        <translation>condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>adjustment</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>expense</source>
        <translation>despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>trip</source>
        <translation>viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>data record</source>
        <translation>registro de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>access request</source>
        <translation>solicitação de acesso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="104"/>
        <source>what a payment pays for</source>
        <translation>o que um pagamento cobre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="111"/>
        <source>Id in the imported file</source>
        <translation>Id no arquivo importado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Recorded at</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Last edited</source>
        <translation>Última edição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Rate</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Kind of pay</source>
        <translation>Tipo de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="119"/>
        <source>(deleted)</source>
        <translation>(excluído)</translation>
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
        <translation>Há um contrato escrito arquivado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="105"/>
        <source>Link a kept file…</source>
        <translation>Vincular um arquivo guardado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="106"/>
        <source>Choose the contract among the files kept in Evidence</source>
        <translation>Escolha o contrato entre os arquivos guardados em Provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="108"/>
        <source>Add the contract file…</source>
        <translation>Adicionar o arquivo do contrato…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="109"/>
        <source>Keep a file from your computer as evidence and link it as the contract</source>
        <translation>Guardar um arquivo do seu computador como prova e vinculá-lo como contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="115"/>
        <source>Adding the contract file</source>
        <translation>Adicionando o arquivo do contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="118"/>
        <source>Freelancer laws in several places entitle you to a written contract above a threshold. Keeping it here, fingerprinted, helps prove what was agreed.</source>
        <translation>Leis para freelancers em vários lugares dão direito a um contrato escrito acima de um valor. Guardá-lo aqui, com impressão digital, ajuda a provar o que foi combinado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="143"/>
        <source>On file: %1
SHA-256 %2</source>
        <translation>Arquivado: %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="145"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="147"/>
        <source>On file, but not kept here. Add the file to have it at hand.</source>
        <translation>Arquivado, mas não guardado aqui. Adicione o arquivo para tê-lo à mão.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="150"/>
        <source>No written contract on file.</source>
        <translation>Nenhum contrato escrito arquivado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="181"/>
        <source>Choose the contract file</source>
        <translation>Escolha o arquivo do contrato</translation>
    </message>
</context>
<context>
    <name>CostsField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="120"/>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="141"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="121"/>
        <source>e.g. 45.00, or empty</source>
        <translation>ex.: 45.00, ou vazio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="124"/>
        <source>Currency of the costs</source>
        <translation>Moeda dos custos</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="198"/>
        <source>Expenses</source>
        <translation>Despesas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="200"/>
        <source>Add expense…</source>
        <translation>Adicionar despesa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="201"/>
        <source>Edit expense…</source>
        <translation>Editar despesa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="202"/>
        <source>Delete expense</source>
        <translation>Excluir despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="203"/>
        <source>No expenses in this period. Record what the work costs you (equipment, internet, software, fees taken apart) to see your pay net of costs.</source>
        <translation>Nenhuma despesa neste período. Registre o que o trabalho custa para você (equipamento, internet, software, taxas à parte) para ver seu pagamento líquido de custos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="213"/>
        <source>Distance driven</source>
        <translation>Distância percorrida</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="50"/>
        <source>Hours this week</source>
        <translation>Horas nesta semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="51"/>
        <source>Earned this month</source>
        <translation>Ganho neste mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="52"/>
        <source>Paid this month</source>
        <translation>Pago neste mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="53"/>
        <source>Owed to you</source>
        <translation>Devido a você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="54"/>
        <source>Pay per hour at your terms, last 12 weeks</source>
        <translation>Pagamento por hora nas suas condições, últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="55"/>
        <source>Overdue payments</source>
        <translation>Pagamentos vencidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="77"/>
        <source>Add a client</source>
        <translation>Adicionar um cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="79"/>
        <source>Start the timer</source>
        <translation>Iniciar o cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="86"/>
        <source>Welcome to your records</source>
        <translation>Bem-vindo aos seus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="102"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="124"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="158"/>
        <source>Charts show amounts in %1; amounts in %2 are in the cards, never converted.</source>
        <translation>Os gráficos mostram valores em %1; valores em %2 estão nos cartões, nunca convertidos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="167"/>
        <source>Everything you record stays on this computer, encrypted. Start by adding the platform or company you work for, with your rate: then the timer, your pay and the minimum-wage check can work.</source>
        <translation>Tudo o que você registra fica neste computador, criptografado. Comece adicionando a plataforma ou empresa para a qual você trabalha, com seu valor: aí o cronômetro, seu pagamento e a verificação do salário mínimo funcionam.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="171"/>
        <source>No work logged yet. Start the timer when you begin a task, or add work you already did from the Today view (Ctrl+N). Your hours, pay and what you are owed will show here.</source>
        <translation>Nenhum trabalho registrado ainda. Inicie o cronômetro ao começar uma tarefa, ou adicione trabalho já feito na tela Hoje (Ctrl+N). Suas horas, seu pagamento e o que devem a você aparecerão aqui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="233"/>
        <source>%1 entries, %2</source>
        <translation>%1 lançamentos, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="240"/>
        <source>What the work earned under your terms, with bonuses and adjustments.</source>
        <translation>O que o trabalho rendeu nas suas condições, com bônus e ajustes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="243"/>
        <source>%n payments counted</source>
        <translation>
            <numerusform>%n pagamento contado</numerusform>
            <numerusform>%n pagamentos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="244"/>
        <source>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</source>
        <translation>
            <numerusform>%n pagamento, %1: cada um conta no mês em que termina o trabalho que cobre (ou, sem período, quando chegou).</numerusform>
            <numerusform>%n pagamentos, %1: cada um conta no mês em que termina o trabalho que cobre (ou, sem período, quando chegou).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="248"/>
        <source>Working out…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="254"/>
        <source>all time, %n clients</source>
        <translation>
            <numerusform>todo o período, %n cliente</numerusform>
            <numerusform>todo o período, %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="255"/>
        <source>Nothing owed.</source>
        <translation>Nada devido.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="262"/>
        <source>No hours in the last 12 weeks.</source>
        <translation>Nenhuma hora nas últimas 12 semanas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="265"/>
        <source>Your terms pay %1 for %2 worked, %3: all hours, unpaid time included. Money not yet received is owed, not underpaid.</source>
        <translation>Suas condições pagam %1 por %2 trabalhados, %3: todas as horas, incluindo tempo não pago. Dinheiro ainda não recebido está devido, não pago a menos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="269"/>
        <source>Minimum wage: %1</source>
        <translation>Salário mínimo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="270"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="273"/>
        <source>Net of costs: %1/h</source>
        <translation>Líquido de custos: %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="274"/>
        <source>Costs in the period (fees, expenses, distance): %1</source>
        <translation>Custos no período (taxas, despesas, distância): %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="277"/>
        <source>No minimum wage known for where you work.</source>
        <translation>Nenhum salário mínimo conhecido para onde você trabalha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="279"/>
        <source>(minimum %1/h)</source>
        <translation>(mínimo %1/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="282"/>
        <source>At or above the minimum wage, %1/h (%2)</source>
        <translation>No salário mínimo ou acima, %1/h (%2)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="293"/>
        <source>(converted at %1)</source>
        <translation>(convertido a %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="300"/>
        <source>App-based pay floor: %1</source>
        <translation>Piso de pagamento para apps: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="302"/>
        <source>Below the app-based pay floor by %1 (floor %2/h)</source>
        <translation>Abaixo do piso de pagamento para apps em %1 (piso %2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="304"/>
        <source>At or above the app-based pay floor, %1/h</source>
        <translation>No piso de pagamento para apps ou acima, %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="310"/>
        <source>Nothing overdue.</source>
        <translation>Nada vencido.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="311"/>
        <source>Invoices and claims past their due date, and work past your payment terms, not fully paid.</source>
        <translation>Faturas e cobranças após o vencimento, e trabalho além das suas condições de pagamento, não pagos por completo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="317"/>
        <source>%1, %2: %3 due %4, %5 days late</source>
        <translation>%1, %2: %3 com vencimento em %4, %5 dias de atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="320"/>
        <source>%1: %2 of work not paid or invoiced, due %3 by your payment terms, %4 days late</source>
        <translation>%1: %2 de trabalho não pago nem faturado, vencido em %3 pelas suas condições, %4 dias de atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="325"/>
        <source>%1 outstanding, oldest %2 days late</source>
        <translation>%1 em aberto, o mais antigo com %2 dias de atraso</translation>
    </message>
</context>
<context>
    <name>DataCollectedDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Edit what was collected about you</source>
        <translation>Editar o que foi coletado sobre você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Add what was collected about you</source>
        <translation>Adicionar o que foi coletado sobre você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="198"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="199"/>
        <source>What was collected</source>
        <translation>O que foi coletado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>e.g. Hubstaff, Time Doctor, the platform&apos;s own app, or unknown</source>
        <translation>ex.: Hubstaff, Time Doctor, o próprio app da plataforma, ou desconhecido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="201"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="202"/>
        <source>Retention you were told</source>
        <translation>Retenção informada a você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="203"/>
        <source>e.g. kept 90 days; leave empty if you were not told</source>
        <translation>ex.: guardado por 90 dias; deixe vazio se não informaram</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="204"/>
        <source>What it captured</source>
        <translation>O que capturou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="205"/>
        <source>e.g. a screenshot every 10 minutes, face photos (commas between)</source>
        <translation>ex.: uma captura de tela a cada 10 minutos, fotos do rosto (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Anything else: where you were told, what you asked…</source>
        <translation>Qualquer outra coisa: onde você foi informado, o que perguntou…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="207"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="208"/>
        <source>&amp;What was collected</source>
        <translation>&amp;O que foi coletado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="209"/>
        <source>&amp;Tool</source>
        <translation>&amp;Ferramenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="210"/>
        <source>C&amp;onsent</source>
        <translation>Consen&amp;timento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="211"/>
        <source>How you agreed to it. Your privacy report flags &quot;Not asked&quot; and &quot;Refused&quot;.</source>
        <translation>Como você concordou. Seu relatório de privacidade destaca &quot;Não solicitado&quot; e &quot;Recusado&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="213"/>
        <source>&amp;Retention you were told</source>
        <translation>&amp;Retenção informada a você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="214"/>
        <source>What it c&amp;aptured</source>
        <translation>O que c&amp;apturou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="216"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="232"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Adicione um cliente primeiro: registros de dados pertencem a um cliente (Arquivo → Adicionar cliente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="235"/>
        <source>Name the tool that collected it, e.g. Hubstaff, or write &quot;unknown&quot;.</source>
        <translation>Informe a ferramenta que coletou, ex.: Hubstaff, ou escreva &quot;desconhecido&quot;.</translation>
    </message>
</context>
<context>
    <name>DataHandledDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Edit data you handled</source>
        <translation>Editar dados que você tratou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Add data you handled</source>
        <translation>Adicionar dados que você tratou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="156"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="157"/>
        <source>Kinds of data</source>
        <translation>Tipos de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="158"/>
        <source>e.g. audio recordings, medical images, chat logs (commas between)</source>
        <translation>ex.: gravações de áudio, imagens médicas, registros de chat (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>Whose data</source>
        <translation>Dados de quem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>e.g. the client&apos;s customers, patients, children</source>
        <translation>ex.: os clientes do cliente, pacientes, crianças</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Not sure</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Anything else: the project, where the data came from…</source>
        <translation>Qualquer outra coisa: o projeto, de onde vieram os dados…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="162"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="163"/>
        <source>&amp;Kinds of data</source>
        <translation>&amp;Tipos de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="164"/>
        <source>&amp;Whose data</source>
        <translation>&amp;Dados de quem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="165"/>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsibilidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="167"/>
        <source>Leave the end open while the work goes on.</source>
        <translation>Deixe o fim em aberto enquanto o trabalho continua.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="168"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="182"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Adicione um cliente primeiro: registros de dados pertencem a um cliente (Arquivo → Adicionar cliente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="185"/>
        <source>Name the kinds of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Informe os tipos de dados que você tratou, ex.: gravações de áudio ou registros de chat.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="31"/>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="40"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Impressão digital (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="43"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="44"/>
        <source>Copy the fingerprint</source>
        <translation>Copiar a impressão digital</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="55"/>
        <source>Link to…</source>
        <translation>Vincular a…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="56"/>
        <source>Link this file to a client, entries, payments or incidents</source>
        <translation>Vincular este arquivo a um cliente, registros, pagamentos ou incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="57"/>
        <source>Unlink…</source>
        <translation>Desvincular…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="58"/>
        <source>Take a link off this file</source>
        <translation>Remover um vínculo deste arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="60"/>
        <source>Export a copy…</source>
        <translation>Exportar uma cópia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="61"/>
        <source>Export a copy of this file to a folder</source>
        <translation>Exportar uma cópia deste arquivo para uma pasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="69"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="70"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="71"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="72"/>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="73"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="85"/>
        <source>Fingerprint (SHA-256): if even one byte of the file changed, this would be different.</source>
        <translation>Impressão digital (SHA-256): se um único byte do arquivo mudasse, ela seria diferente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="120"/>
        <source>Choose a file in the list to see it here.</source>
        <translation>Escolha um arquivo na lista para vê-lo aqui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="136"/>
        <source>Not linked yet: use “Link to…” to say what this file is proof of.</source>
        <translation>Ainda não vinculado: use “Vincular a…” para dizer do que este arquivo é prova.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="313"/>
        <source>You are ready</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="314"/>
        <source>Your records are set up and encrypted on this computer.</source>
        <translation>Seus registros estão configurados e criptografados neste computador.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="315"/>
        <source>Start the timer when you start working, and stop it when you finish. You can also add work you already did (Ctrl+N).</source>
        <translation>Inicie o cronômetro quando começar a trabalhar e pare-o quando terminar. Você também pode adicionar trabalho já feito (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="318"/>
        <source>Start the timer now</source>
        <translation>Iniciar o cronômetro agora</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="33"/>
        <source>Drop files here to keep them as evidence</source>
        <translation>Solte arquivos aqui para guardá-los como prova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="34"/>
        <source>&lt;b&gt;Drop files here&lt;/b&gt; to keep them as evidence: they are stored encrypted with your records.</source>
        <translation>&lt;b&gt;Solte arquivos aqui&lt;/b&gt; para guardá-los como prova: eles ficam criptografados com seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="37"/>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="38"/>
        <source>Add evidence files</source>
        <translation>Adicionar arquivos de prova</translation>
    </message>
</context>
<context>
    <name>EditTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="269"/>
        <source>Correct pay terms</source>
        <translation>Corrigir condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="273"/>
        <source>from the start</source>
        <translation>desde o início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="271"/>
        <source>First day these terms apply</source>
        <translation>Primeiro dia em que estas condições valem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="274"/>
        <source>Correcting the terms of %1. To record a raise, use New pay terms instead: earlier work keeps its rate.</source>
        <translation>Corrigindo as condições de %1. Para registrar um aumento, use Novas condições de pagamento: o trabalho anterior mantém seu valor.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="276"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="277"/>
        <source>Save correction</source>
        <translation>Salvar correção</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="236"/>
        <source>Add an engagement</source>
        <translation>Adicionar um projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="238"/>
        <source>Engagement name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="239"/>
        <source>The project or contract, e.g. Search relevance</source>
        <translation>O projeto ou contrato, ex.: Relevância de busca</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="241"/>
        <source>Add engagement</source>
        <translation>Adicionar projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="242"/>
        <source>e.g. the offer email of 3 March</source>
        <translation>ex.: o e-mail da oferta de 3 de março</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="251"/>
        <source>An engagement needs a name.</source>
        <translation>Um projeto precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="95"/>
        <source>Entries</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="118"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="130"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="157"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>Last week</source>
        <translation>Semana passada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="161"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="166"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="167"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="175"/>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="180"/>
        <source>Category filter</source>
        <translation>Filtro de categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="181"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="186"/>
        <source>Search notes, clients and engagements (Ctrl+F)</source>
        <translation>Buscar em notas, clientes e projetos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="187"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="263"/>
        <source>%n records changed on two computers: choose which to keep…</source>
        <translation>
            <numerusform>%n registro alterado em dois computadores: escolha qual manter…</numerusform>
            <numerusform>%n registros alterados em dois computadores: escolha quais manter…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="272"/>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="300"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="312"/>
        <source>No entries match these filters.</source>
        <translation>Nenhum lançamento corresponde a estes filtros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="313"/>
        <source>No entries yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Nenhum lançamento ainda. Inicie o cronômetro ou adicione um lançamento de trabalho já feito (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="389"/>
        <source>Adding up %n selected…</source>
        <translation>
            <numerusform>Somando %n selecionado…</numerusform>
            <numerusform>Somando %n selecionados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="396"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionado</numerusform>
            <numerusform>%n selecionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="402"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n lançamento</numerusform>
            <numerusform>%n lançamentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="410"/>
        <source>Select at most %1 entries to delete at once. Nothing was deleted.</source>
        <translation>Selecione no máximo %1 lançamentos para excluir de uma vez. Nada foi excluído.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="58"/>
        <source>No hourly or per-unit terms for this work (none agreed, or a fixed price).</source>
        <translation>Sem condições por hora ou por unidade para este trabalho (nenhuma combinada, ou preço fixo).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="67"/>
        <source>Overlaps another entry. Both are kept; reports show this.</source>
        <translation>Sobrepõe outro lançamento. Ambos são mantidos; os relatórios mostram isso.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="69"/>
        <source>Recorded %1 after the work ended.</source>
        <translation>Registrado %1 depois do fim do trabalho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="72"/>
        <source>Imported from a file, not typed in at the time.</source>
        <translation>Importado de um arquivo, não digitado na hora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="74"/>
        <source>Changed after it was recorded; the history keeps every version.</source>
        <translation>Alterado depois de registrado; o histórico guarda todas as versões.</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="145"/>
        <location filename="../../contractor_app/gui/capture.py" line="150"/>
        <source>Capture evidence</source>
        <translation>Capturar evidência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="146"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Capturar evidência funciona enquanto o cronômetro está rodando; inicie o cronômetro primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="151"/>
        <source>Your desktop does not let apps take screenshots. Take one with the system&apos;s screenshot tool, then drop the file into Evidence.</source>
        <translation>Sua área de trabalho não permite que apps façam capturas de tela. Faça uma com a ferramenta de captura do sistema e depois solte o arquivo em Provas.</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="72"/>
        <source>%1 is a folder. Nothing was added for it; add the files inside it instead.</source>
        <translation>%1 é uma pasta. Nada foi adicionado para ela; adicione os arquivos dentro dela.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="79"/>
        <source>%1 is too large (%2): one file can be at most %3. Nothing was added for it; keep a smaller copy, such as a screenshot or a compressed PDF.</source>
        <translation>%1 é grande demais (%2): um arquivo pode ter no máximo %3. Nada foi adicionado para ele; guarde uma cópia menor, como uma captura de tela ou um PDF comprimido.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="95"/>
        <source>%1 is already kept (as “%2”). Nothing was added for it; it is selected so you can link it.</source>
        <translation>%1 já está guardado (como “%2”). Nada foi adicionado para ele; ele está selecionado para você vinculá-lo.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="73"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="75"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="78"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="79"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="83"/>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="81"/>
        <source>The file&apos;s fingerprint: click one to copy it.</source>
        <translation>A impressão digital do arquivo: clique numa para copiá-la.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="80"/>
        <source>SHA-256 %1
Click to copy it.</source>
        <translation>SHA-256 %1
Clique para copiar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="69"/>
        <source>not linked yet</source>
        <translation>ainda não vinculado</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="62"/>
        <source>Choose the contract file</source>
        <translation>Escolha o arquivo do contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="65"/>
        <source>Kept evidence files</source>
        <translation>Arquivos de prova guardados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="67"/>
        <source>No files are kept as evidence yet. Close this and use &quot;Add the contract file…&quot; to add it from your computer.</source>
        <translation>Nenhum arquivo guardado como prova ainda. Feche isto e use &quot;Adicionar o arquivo do contrato…&quot; para adicioná-lo do seu computador.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="72"/>
        <source>Link as contract</source>
        <translation>Vincular como contrato</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="115"/>
        <source>Adding files</source>
        <translation>Adicionando arquivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="117"/>
        <source>Stop adding files</source>
        <translation>Parar de adicionar arquivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="129"/>
        <source>Keep proof here: screenshots of your task counts, pay statements, emails, the contract. Each file gets a fingerprint (SHA-256) that shows it has not changed.</source>
        <translation>Guarde provas aqui: capturas de tela das suas contagens de tarefas, extratos de pagamento, e-mails, o contrato. Cada arquivo recebe uma impressão digital (SHA-256) que mostra que ele não mudou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="156"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="170"/>
        <source>Evidence files</source>
        <translation>Arquivos de prova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="246"/>
        <source>Loading the preview…</source>
        <translation>Carregando a visualização…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="254"/>
        <source>This file is too large to preview (more than %1). Export a copy to open it in another program.</source>
        <translation>Este arquivo é grande demais para a pré-visualização (mais de %1). Exporte uma cópia para abri-lo em outro programa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="258"/>
        <source>No preview for this file. Export a copy to open it in another program.</source>
        <translation>Sem visualização para este arquivo. Exporte uma cópia para abri-lo em outro programa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="265"/>
        <source>No preview for this file.</source>
        <translation>Sem visualização para este arquivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="274"/>
        <source>Add evidence files</source>
        <translation>Adicionar arquivos de prova</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="280"/>
        <source>Files are still being added. Wait for them to finish, then add these.</source>
        <translation>Ainda há arquivos sendo adicionados. Espere terminarem e então adicione estes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="292"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Adicionando %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="300"/>
        <source>Added 1 file.</source>
        <translation>1 arquivo adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="301"/>
        <source>Added %1 files.</source>
        <translation>%1 arquivos adicionados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="304"/>
        <source>Stopped: 1 file was not added.</source>
        <translation>Interrompido: 1 arquivo não foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="305"/>
        <source>Stopped: %1 files were not added.</source>
        <translation>Interrompido: %1 arquivos não foram adicionados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="322"/>
        <source>Fingerprint copied: paste it wherever you need to show it.</source>
        <translation>Impressão digital copiada: cole-a onde precisar mostrá-la.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="346"/>
        <source>Unlinked. Undo (Ctrl+Z) links it again.</source>
        <translation>Desvinculado. Desfazer (Ctrl+Z) vincula de novo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="357"/>
        <source>Linked.</source>
        <translation>Vinculado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="362"/>
        <source>Export a copy to…</source>
        <translation>Exportar uma cópia para…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="371"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="374"/>
        <source>Saved a copy as %1. It matches its fingerprint.</source>
        <translation>Cópia salva como %1. Ela corresponde à impressão digital.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="376"/>
        <source>The copy was not saved: %1</source>
        <translation>A cópia não foi salva: %1</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Add expense</source>
        <translation>Adicionar despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <source>Edit expense</source>
        <translation>Editar despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="101"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="102"/>
        <source>Date paid</source>
        <translation>Data do pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="104"/>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="105"/>
        <source>e.g. 45.00</source>
        <translation>ex.: 45.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="107"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="111"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="115"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="116"/>
        <source>optional, e.g. new headset</source>
        <translation>opcional, ex.: fone novo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="118"/>
        <source>Receipt</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="119"/>
        <source>No receipt</source>
        <translation>Sem recibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="124"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="125"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="128"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="129"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="130"/>
        <source>&amp;Receipt</source>
        <translation>Re&amp;cibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="131"/>
        <source>Add the receipt&apos;s file in Evidence first; then choose it here.</source>
        <translation>Adicione primeiro o arquivo do recibo em Provas; depois escolha-o aqui.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="160"/>
        <source>Add a client first: an expense is for the work of a client.</source>
        <translation>Adicione um cliente primeiro: uma despesa é do trabalho de um cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="162"/>
        <source>Enter the amount you paid.</source>
        <translation>Digite o valor que você pagou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="165"/>
        <source>An expense of zero costs nothing.</source>
        <translation>Uma despesa de zero não custa nada.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="31"/>
        <source>How was this worked out? %1</source>
        <translation>Como isto foi calculado? %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="34"/>
        <source>How the figures were worked out</source>
        <translation>Como os valores foram calculados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Earned</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Overtime</source>
        <translation>Horas extras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>Minimum wage</source>
        <translation>Salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>App-based pay floor</source>
        <translation>Piso de pagamento por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="47"/>
        <source>Paid and owed</source>
        <translation>Pago e devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="53"/>
        <source>Each figure below with its rule, its source, the inputs and the arithmetic, workweek by workweek, so that you or a clinic can check it by hand. An estimate — not legal advice.</source>
        <translation>Cada valor abaixo com sua regra, sua fonte, os dados e a conta, semana de trabalho por semana de trabalho, para que você ou uma clínica jurídica possa conferir à mão. Uma estimativa — não é aconselhamento jurídico.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="67"/>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="148"/>
        <source>Record an extension claimed by %1</source>
        <translation>Registrar uma prorrogação pedida por %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="149"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="151"/>
        <source>Told on</source>
        <translation>Comunicada em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>Reason given</source>
        <translation>Motivo dado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>optional: the reason the client gave</source>
        <translation>opcional: o motivo que o cliente deu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="154"/>
        <source>&amp;Told on</source>
        <translation>&amp;Comunicada em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="155"/>
        <source>&amp;Reason given</source>
        <translation>&amp;Motivo dado</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="340"/>
        <source>Set up Contractor Ledger</source>
        <translation>Configurar o Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="345"/>
        <source>Open my records</source>
        <translation>Abrir meus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="375"/>
        <source>Cancel setup?</source>
        <translation>Cancelar a configuração?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="376"/>
        <source>Your new records hold nothing yet. Cancel setup and remove them? You can set up again next time you open the app.</source>
        <translation>Seus novos registros ainda estão vazios. Cancelar a configuração e removê-los? Você pode configurar de novo na próxima vez que abrir o app.</translation>
    </message>
</context>
<context>
    <name>ForgottenTimerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="31"/>
        <source>Is the timer still needed?</source>
        <translation>O cronômetro ainda é necessário?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="34"/>
        <source>The timer for %1 has been running since %2. Stop it at the time you finished?</source>
        <translation>O cronômetro de %1 está rodando desde %2. Pará-lo no horário em que você terminou?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="44"/>
        <source>When you finished</source>
        <translation>Quando você terminou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="47"/>
        <source>Stop at this time</source>
        <translation>Parar neste horário</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="48"/>
        <source>Keep it running</source>
        <translation>Deixar rodando</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Edit the incident</source>
        <translation>Editar o incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Add an incident</source>
        <translation>Adicionar um incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="250"/>
        <source>Kind of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="251"/>
        <source>None (another company)</source>
        <translation>Nenhum (outra empresa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Who sent the notice or is in the dispute (empty: the client&apos;s legal name)</source>
        <translation>Quem enviou o aviso ou está na disputa (vazio: a razão social do cliente)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>&amp;Notice received on</source>
        <translation>&amp;Aviso recebido em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>Notice received on</source>
        <translation>Aviso recebido em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="255"/>
        <source>Data involved</source>
        <translation>Dados envolvidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="256"/>
        <source>As the notice lists it: name, ID number, bank account…</source>
        <translation>Como o aviso lista: nome, número de documento, conta bancária…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="258"/>
        <source>Steps taken</source>
        <translation>Medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="259"/>
        <source>One per line: froze credit, changed passwords, complained to the regulator…</source>
        <translation>Um por linha: bloqueei o crédito, troquei senhas, reclamei ao órgão regulador…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="262"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Account or worker id, claim code, fraud events…</source>
        <translation>Conta ou id de trabalhador, código da reclamação, eventos de fraude…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="264"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="265"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="266"/>
        <source>Co&amp;mpany</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="269"/>
        <source>&amp;Data involved</source>
        <translation>&amp;Dados envolvidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="270"/>
        <source>Ste&amp;ps taken</source>
        <translation>Medida&amp;s tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="271"/>
        <source>C&amp;osts</source>
        <translation>C&amp;ustos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="272"/>
        <source>T&amp;ime spent</source>
        <translation>T&amp;empo gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="273"/>
        <source>So far, in all: credit monitoring, postage, lost pay; and your time.</source>
        <translation>Até agora, no total: monitoramento de crédito, correio, pagamento perdido; e seu tempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="274"/>
        <source>St&amp;atus</source>
        <translation>S&amp;ituação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="275"/>
        <source>No&amp;te</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="295"/>
        <source>Name the company involved, or choose the client it concerns.</source>
        <translation>Informe a empresa envolvida ou escolha o cliente a que se refere.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Edit invoice</source>
        <translation>Editar fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Add invoice or claim</source>
        <translation>Adicionar fatura ou cobrança</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="46"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="48"/>
        <source>Invoice number</source>
        <translation>Número da fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="49"/>
        <source>optional, e.g. 2026-014</source>
        <translation>opcional, ex.: 2026-014</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="51"/>
        <source>Amount billed</source>
        <translation>Valor cobrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="52"/>
        <source>e.g. 640.00</source>
        <translation>ex.: 640.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="54"/>
        <source>Date issued</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="55"/>
        <source>Work from</source>
        <translation>Trabalho de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="56"/>
        <source>Work to</source>
        <translation>Trabalho até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="57"/>
        <source>The invoice sets a due date:</source>
        <translation>A fatura define um vencimento:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="58"/>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="64"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="65"/>
        <source>N&amp;umber</source>
        <translation>Nú&amp;mero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="66"/>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="68"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Emitida em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>Work it bills</source>
        <translation>Trabalho cobrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="70"/>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="72"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Save invoice</source>
        <translation>Salvar fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Add invoice</source>
        <translation>Adicionar fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="103"/>
        <source>Otherwise due %1 days after the work, by your payment terms with this client.</source>
        <translation>Caso contrário, vence %1 dias após o trabalho, pelas suas condições de pagamento com este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="106"/>
        <source>Otherwise due by the deadline of the freelancer payment law where you work, if one applies (estimate — not legal advice).</source>
        <translation>Caso contrário, vence no prazo da lei de pagamento de freelancers de onde você trabalha, se houver (estimativa — não é aconselhamento jurídico).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="118"/>
        <source>Add a client first: an invoice is sent to a client.</source>
        <translation>Adicione um cliente primeiro: uma fatura é enviada a um cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="120"/>
        <source>Enter the amount billed.</source>
        <translation>Digite o valor cobrado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="123"/>
        <source>An invoice of zero bills nothing.</source>
        <translation>Uma fatura de zero não cobra nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="126"/>
        <source>The work it bills ends before it starts.</source>
        <translation>O trabalho cobrado termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="129"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>O vencimento é antes do fim do trabalho cobrado.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="224"/>
        <source>Automatic backup failed</source>
        <translation>O backup automático falhou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="281"/>
        <source>Contractor Ledger keeps running here, with your timer. Use Quit in this menu to close it.</source>
        <translation>O Contractor Ledger continua rodando aqui, com seu cronômetro. Use Sair neste menu para fechá-lo.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="163"/>
        <source>Link “%1”</source>
        <translation>Vincular “%1”</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="170"/>
        <source>Kind of record to link to</source>
        <translation>Tipo de registro a vincular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>A client</source>
        <translation>Um cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>Work entries (newest first)</source>
        <translation>Lançamentos de trabalho (mais recentes primeiro)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Payments (newest first)</source>
        <translation>Pagamentos (mais recentes primeiro)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="176"/>
        <source>Type to narrow the list: a date, a client, a note…</source>
        <translation>Digite para filtrar a lista: uma data, um cliente, uma nota…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="177"/>
        <source>Filter the records</source>
        <translation>Filtrar os registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="182"/>
        <source>Records to link to</source>
        <translation>Registros a vincular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="189"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="194"/>
        <source>Link to</source>
        <translation>Vincular a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="195"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="197"/>
        <source>Tick what this file is proof of. A file can be linked to several records.</source>
        <translation>Marque do que este arquivo é prova. Um arquivo pode ser vinculado a vários registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="209"/>
        <source>Nothing of this kind is recorded yet.</source>
        <translation>Nada deste tipo foi registrado ainda.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="214"/>
        <source>1 record chosen</source>
        <translation>1 registro escolhido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="215"/>
        <source>%1 records chosen</source>
        <translation>%1 registros escolhidos</translation>
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
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Entries</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Pay</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Data &amp;&amp; privacy</source>
        <translation>Dados e privacidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Evidence</source>
        <translation>Provas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <location filename="../../contractor_app/gui/main_window.py" line="491"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="215"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="222"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Novo lançamento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="223"/>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="224"/>
        <source>&amp;Delete selected entries</source>
        <translation>E&amp;xcluir lançamentos selecionados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="227"/>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Start timer</source>
        <translation>Iniciar cr&amp;onômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="230"/>
        <source>Kept %1 as evidence, linked to the running work.</source>
        <translation>%1 guardado como evidência, vinculado ao trabalho em andamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="231"/>
        <source>&amp;Capture evidence</source>
        <translation>&amp;Capturar evidência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="233"/>
        <source>Capture a screen &amp;region…</source>
        <translation>Capturar uma &amp;região da tela…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="235"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="236"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="238"/>
        <source>Add &amp;client…</source>
        <translation>Adicionar &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="240"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="242"/>
        <source>Add &amp;invoice…</source>
        <translation>Adicionar &amp;fatura…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="246"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="248"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atal&amp;hos de teclado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="249"/>
        <source>&amp;About Contractor Ledger</source>
        <translation>Sobre o Con&amp;tractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="272"/>
        <source>&amp;Timer</source>
        <translation>Cronô&amp;metro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="283"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="292"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Bloquear  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="293"/>
        <source>Lock your records</source>
        <translation>Bloquear seus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="305"/>
        <source>Views</source>
        <translation>Telas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="336"/>
        <source>Encrypted on this computer</source>
        <translation>Criptografado neste computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="337"/>
        <source>Your records are encrypted with your password and stay on this computer; nothing is sent anywhere.</source>
        <translation>Seus registros são criptografados com sua senha e ficam neste computador; nada é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Stop timer</source>
        <translation>Parar cr&amp;onômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="455"/>
        <source>•  timer running</source>
        <translation>•  rodando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>Start or stop the timer</source>
        <translation>Iniciar ou parar o cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>New entry</source>
        <translation>Novo lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Switch views</source>
        <translation>Trocar de tela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Add a client</source>
        <translation>Adicionar um cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Delete selected entries</source>
        <translation>Excluir lançamentos selecionados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="493"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="495"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="515"/>
        <source>records check running…</source>
        <translation>verificação dos registros em andamento…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/main_window.py" line="525"/>
        <source>%n problems found</source>
        <translation>
            <numerusform>%n problema encontrado</numerusform>
            <numerusform>%n problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="532"/>
        <source>records check: %1. Nothing was changed; run Verify from the command line for details.</source>
        <translation>verificação dos registros: %1. Nada foi alterado; rode Verify na linha de comando para detalhes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="538"/>
        <source>records check OK %1</source>
        <translation>verificação dos registros OK %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="557"/>
        <source>no backup yet</source>
        <translation>nenhum backup ainda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="558"/>
        <source>A backup is made automatically when you lock, once a day, if your records changed.</source>
        <translation>Um backup é feito automaticamente ao bloquear, uma vez por dia, se seus registros mudaram.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="565"/>
        <source>Your latest backup: %1</source>
        <translation>Seu último backup: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="567"/>
        <source>last backup %1: back up soon</source>
        <translation>último backup %1: faça backup logo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="570"/>
        <source>last backup %1</source>
        <translation>último backup %1</translation>
    </message>
</context>
<context>
    <name>NewTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="184"/>
        <source>New pay terms</source>
        <translation>Novas condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="186"/>
        <source>Engagement</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="190"/>
        <source>First day the new terms apply</source>
        <translation>Primeiro dia em que as novas condições valem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="193"/>
        <source>Work before this day keeps the terms in force then; work from this day is paid at the new terms.</source>
        <translation>O trabalho antes deste dia mantém as condições vigentes na época; o trabalho a partir deste dia é pago nas novas condições.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="195"/>
        <source>Save new terms</source>
        <translation>Salvar novas condições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="208"/>
        <source>No pay terms yet.</source>
        <translation>Ainda sem condições de pagamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="210"/>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="220"/>
        <source>Add an engagement first: pay terms belong to one.</source>
        <translation>Adicione um projeto primeiro: as condições de pagamento pertencem a um.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="92"/>
        <source>known</source>
        <translation>conhecido</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="70"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="72"/>
        <source>Invoice or why not</source>
        <translation>Fatura ou por que não</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="77"/>
        <source>(short by %1)</source>
        <translation>(faltam %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>— to match</source>
        <translation>— a associar</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="128"/>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="130"/>
        <source>Show the password</source>
        <translation>Mostrar a senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="143"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="88"/>
        <source>Choose a password</source>
        <translation>Escolha uma senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="89"/>
        <source>It unlocks your records each time you open the app.</source>
        <translation>Ela desbloqueia seus registros toda vez que você abre o app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="91"/>
        <source>Create my records</source>
        <translation>Criar meus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="93"/>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="96"/>
        <source>If you lose both your password and your recovery key, nobody can open your records. Not even us: there is no copy anywhere else.</source>
        <translation>Se você perder sua senha e sua chave de recuperação, ninguém poderá abrir seus registros. Nem nós: não há cópia em nenhum outro lugar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="102"/>
        <source>Creating your records</source>
        <translation>Criando seus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="105"/>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="107"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="33"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="36"/>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="37"/>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="39"/>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="44"/>
        <source>Changing the password</source>
        <translation>Alterando a senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="46"/>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="50"/>
        <source>Think your recovery key leaked? Type your current password above and issue a new one: the old one stops working. (If your password leaked, change it: copies of your files from before stop opening with it.)</source>
        <translation>Acha que sua chave de recuperação vazou? Digite sua senha atual acima e emita uma nova: a antiga deixa de funcionar. (Se sua senha vazou, altere-a: cópias dos seus arquivos de antes deixam de abrir com ela.)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="54"/>
        <source>Issue a new recovery key</source>
        <translation>Emitir uma nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="64"/>
        <source>Your new recovery key</source>
        <translation>Sua nova chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="69"/>
        <source>C&amp;urrent password</source>
        <translation>Senha &amp;atual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="70"/>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="72"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="95"/>
        <source>The two new passwords differ.</source>
        <translation>As duas novas senhas são diferentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="104"/>
        <source>Changing the password…</source>
        <translation>Alterando a senha…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="111"/>
        <source>Moving your records to a new key…</source>
        <translation>Movendo seus registros para uma nova chave…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="124"/>
        <source>Password changed. Use the new one from now on: the old one no longer opens your records, not even with a copy of your files from before. Your recovery key still works. Backups made before open with the password you had then.</source>
        <translation>Senha alterada. Use a nova daqui em diante: a antiga não abre mais seus registros, nem com uma cópia dos seus arquivos de antes. Sua chave de recuperação continua funcionando. Backups feitos antes abrem com a senha que você tinha na época.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="136"/>
        <source>Your new recovery key is below, shown only now: write it down and keep it away from this computer. The old one no longer works, except for backups made before now.</source>
        <translation>Sua nova chave de recuperação está abaixo, mostrada só agora: anote-a e guarde-a longe deste computador. A antiga não funciona mais, exceto para backups feitos antes de agora.</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="89"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="296"/>
        <source>Balance per client</source>
        <translation>Saldo por cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="92"/>
        <source>Payments received</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="93"/>
        <source>Invoices and claims</source>
        <translation>Faturas e cobranças</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="94"/>
        <source>Late payments</source>
        <translation>Pagamentos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="101"/>
        <source>Record payment…</source>
        <translation>Registrar pagamento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="102"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="107"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="103"/>
        <source>Edit the selected payment</source>
        <translation>Editar o pagamento selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="104"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="109"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="105"/>
        <source>Delete the selected payment</source>
        <translation>Excluir o pagamento selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="106"/>
        <source>Add invoice…</source>
        <translation>Adicionar fatura…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="108"/>
        <source>Edit the selected invoice</source>
        <translation>Editar a fatura selecionada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="110"/>
        <source>Delete the selected invoice</source>
        <translation>Excluir a fatura selecionada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="111"/>
        <source>Import statement…</source>
        <translation>Importar extrato…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="122"/>
        <source>No payments received in this period. When money arrives, record it here: gross amount, fees, and the work it pays for.</source>
        <translation>Nenhum pagamento recebido neste período. Quando o dinheiro chegar, registre-o aqui: valor bruto, taxas e o trabalho que ele paga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="124"/>
        <source>No invoices or claims. Add the invoices you send (or what a platform owes you for a period) to see when each is due and what is late.</source>
        <translation>Nenhuma fatura ou cobrança. Adicione as faturas que você envia (ou o que uma plataforma lhe deve por um período) para ver quando cada uma vence e o que está atrasado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="126"/>
        <source>No late payments in this period.</source>
        <translation>Nenhum pagamento atrasado neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="129"/>
        <source>Payments, invoices and late payments</source>
        <translation>Pagamentos, faturas e pagamentos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="136"/>
        <source>To match (0)</source>
        <translation>A associar (0)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="138"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="144"/>
        <source>How was this worked out?</source>
        <translation>Como isto foi calculado?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="147"/>
        <source>How was this worked out? For the selected client</source>
        <translation>Como isto foi calculado? Para o cliente selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="148"/>
        <source>The rule, its source, the inputs and the arithmetic behind each figure of the selected client, week by week. Or activate a figure.</source>
        <translation>A regra, sua fonte, os dados e a conta por trás de cada valor do cliente selecionado, semana a semana. Ou ative um valor.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="164"/>
        <source>Paid per hour counts every hour you worked, unpaid time included. The minimum wage is judged on what your agreed terms pay, week by week: money not yet received is owed, not underpaid. Minimum wage figures are an estimate — not legal advice.</source>
        <translation>Pago por hora conta todas as horas trabalhadas, incluindo o tempo não pago. O salário mínimo é avaliado pelo que suas condições combinadas pagam, semana a semana: dinheiro ainda não recebido está devido, não pago a menos. Valores de salário mínimo são uma estimativa — não é aconselhamento jurídico.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="173"/>
        <source>No clients yet. Add the platform or company that pays you; then record what it pays and what you bill it here.</source>
        <translation>Nenhum cliente ainda. Adicione a plataforma ou empresa que paga você; depois registre aqui o que ela paga e o que você cobra dela.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="177"/>
        <source>Add a client</source>
        <translation>Adicionar um cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="190"/>
        <source>Pay</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="209"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="212"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="220"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="221"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="226"/>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="227"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="314"/>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="277"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="432"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="307"/>
        <source>! %1 overdue</source>
        <translation>! %1 vencido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="324"/>
        <source>No work recorded yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Nenhum trabalho registrado ainda. Inicie o cronômetro ou adicione um lançamento do trabalho que você já fez (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="327"/>
        <source>No work in this period (%1). Choose &quot;All time&quot; to see every balance.</source>
        <translation>Nenhum trabalho neste período (%1). Escolha &quot;Todo o período&quot; para ver todos os saldos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="331"/>
        <source>No payments recorded yet. When money arrives, record it here (Ctrl+Shift+P): gross amount, fees, and the work it pays for.</source>
        <translation>Nenhum pagamento registrado ainda. Quando o dinheiro chegar, registre-o aqui (Ctrl+Shift+P): valor bruto, taxas e o trabalho que ele paga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="335"/>
        <source>No payments recorded in this period (%1). Payments outside it: %2. Choose &quot;All time&quot; to see them.</source>
        <translation>Nenhum pagamento registrado neste período (%1). Pagamentos fora dele: %2. Escolha &quot;Todo o período&quot; para vê-los.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="342"/>
        <source>Overdue invoices: %1</source>
        <translation>Faturas vencidas: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="344"/>
        <source>payments that came late in this period: %1</source>
        <translation>pagamentos que chegaram atrasados neste período: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="349"/>
        <source>See Invoices and Late payments for the deadline that applies (estimate — not legal advice).</source>
        <translation>Veja Faturas e Pagamentos atrasados para o prazo aplicável (estimativa — não é aconselhamento jurídico).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="355"/>
        <source>Payments received (%1)</source>
        <translation>Pagamentos recebidos (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="356"/>
        <source>Invoices and claims (%1)</source>
        <translation>Faturas e cobranças (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="358"/>
        <source>%1 overdue</source>
        <translation>%1 vencido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="361"/>
        <source>Late payments (%1)</source>
        <translation>Pagamentos atrasados (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="423"/>
        <source>Payment deleted. Undo with Ctrl+Z.</source>
        <translation>Pagamento excluído. Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="431"/>
        <source>Statement imported. Payments with no client wait under To match.</source>
        <translation>Extrato importado. Pagamentos sem cliente aguardam em A associar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="436"/>
        <source>To match (%1)</source>
        <translation>A associar (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="462"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Fatura excluída. Desfaça com Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <source>Edit payment</source>
        <translation>Editar pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Record payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="52"/>
        <source>Amount received, before fees</source>
        <translation>Valor recebido, antes das taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="53"/>
        <source>e.g. 350.00</source>
        <translation>ex.: 350.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="55"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="57"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="187"/>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="58"/>
        <source>optional: platform or transfer fees</source>
        <translation>opcional: taxas da plataforma ou de transferência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="60"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="188"/>
        <source>Deductions</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="61"/>
        <source>optional: tax withheld, other deductions</source>
        <translation>opcional: imposto retido, outros descontos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="63"/>
        <source>Net amount</source>
        <translation>Valor líquido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="64"/>
        <source>Date received</source>
        <translation>Data de recebimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="68"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="73"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="74"/>
        <source>transaction id, payout number…</source>
        <translation>id da transação, número do repasse…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="76"/>
        <source>What it pays for</source>
        <translation>O que ele paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="77"/>
        <source>It pays for work from</source>
        <translation>Paga o trabalho de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="78"/>
        <source>Period from</source>
        <translation>Período de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="79"/>
        <source>Period to</source>
        <translation>Período até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="81"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="84"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="85"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Valor recebido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="87"/>
        <source>&amp;Fees</source>
        <translation>&amp;Taxas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="88"/>
        <source>&amp;Deductions</source>
        <translation>&amp;Descontos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="89"/>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="90"/>
        <source>Date &amp;received</source>
        <translation>Data de &amp;recebimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="91"/>
        <source>&amp;Method</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="92"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eferência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="93"/>
        <source>&amp;Pays for</source>
        <translation>&amp;Paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="96"/>
        <source>The period decides which work the payment counts against, and when it was due. Paying an invoice covers the invoice&apos;s period unless you set one.</source>
        <translation>O período decide contra qual trabalho o pagamento conta e quando ele vencia. Pagar uma fatura cobre o período da fatura, a menos que você defina um.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Save payment</source>
        <translation>Salvar pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="142"/>
        <source>Nothing in particular</source>
        <translation>Nada em particular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="148"/>
        <source>Invoice %1</source>
        <translation>Fatura %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="177"/>
        <source>Add a client first: a payment comes from a client.</source>
        <translation>Adicione um cliente primeiro: um pagamento vem de um cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="180"/>
        <source>%1 pays in %2; record the amount that arrived in %2.</source>
        <translation>%1 paga em %2; registre o valor que chegou em %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="183"/>
        <source>Enter the amount you received.</source>
        <translation>Digite o valor que você recebeu.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="186"/>
        <source>A payment of zero is not a payment.</source>
        <translation>Um pagamento de zero não é um pagamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="190"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Taxas e descontos somam mais que o valor pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>O período termina antes de começar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="214"/>
        <source>Covers the invoice&apos;s period, %1.</source>
        <translation>Cobre o período da fatura, %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="31"/>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="33"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="35"/>
        <source>Privacy report…</source>
        <translation>Relatório de privacidade…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="36"/>
        <source>Make the privacy report or a data-access request letter from these records</source>
        <translation>Fazer o relatório de privacidade ou uma carta de pedido de acesso aos dados a partir destes registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Dados e privacidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Data you handled</source>
        <translation>Dados que você tratou</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Collected about you</source>
        <translation>Coletado sobre você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="47"/>
        <source>Breaches and disputes</source>
        <translation>Vazamentos e disputas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="50"/>
        <source>&amp;Add data you handled…</source>
        <translation>&amp;Adicionar dados que você tratou…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="51"/>
        <source>Record the data your work involves for each client: voice recordings, medical images, chat logs, and whose data it is. It shows what you were trusted with, and goes into your privacy report.</source>
        <translation>Registre os dados que seu trabalho envolve para cada cliente: gravações de voz, imagens médicas, registros de chat, e de quem são os dados. Isso mostra o que foi confiado a você e entra no seu relatório de privacidade.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="57"/>
        <source>&amp;Add what was collected…</source>
        <translation>&amp;Adicionar o que foi coletado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="58"/>
        <source>Record what the platform collects about you: screen recording, webcam, ID checks, and what you agreed to. It goes into your privacy report and a data-access request.</source>
        <translation>Registre o que a plataforma coleta sobre você: gravação de tela, webcam, verificações de identidade, e com o que você concordou. Isso entra no seu relatório de privacidade e num pedido de acesso aos dados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="64"/>
        <source>&amp;Add an incident…</source>
        <translation>&amp;Adicionar um incidente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="65"/>
        <source>Got a data breach notice, or in a dispute with a client? Record when it happened, the data involved, the steps you took, and what it cost you in money and time. Keep the letters as evidence.</source>
        <translation>Recebeu um aviso de vazamento de dados ou está numa disputa com um cliente? Registre quando aconteceu, os dados envolvidos, as medidas que você tomou e quanto isso lhe custou em dinheiro e tempo. Guarde as cartas como prova.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="78"/>
        <source>Access requests</source>
        <translation>Pedidos de acesso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="87"/>
        <source>What data your work involves, what platforms collect about you, and what happened to it. Everything here stays on this computer and goes into your privacy report and data-access request letters.</source>
        <translation>Que dados seu trabalho envolve, o que as plataformas coletam sobre você e o que aconteceu com isso. Tudo aqui fica neste computador e entra no seu relatório de privacidade e nas cartas de pedido de acesso aos dados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="106"/>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="23"/>
        <source>About you</source>
        <translation>Sobre você</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="29"/>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/progress.py" line="97"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>QuickAddForm</name>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="32"/>
        <source>Client for the new entry</source>
        <translation>Cliente do novo lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="34"/>
        <source>Category for the new entry</source>
        <translation>Categoria do novo lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="40"/>
        <source>Date of the new entry</source>
        <translation>Data do novo lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="43"/>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="46"/>
        <source>End time</source>
        <translation>Hora de fim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="48"/>
        <source>tasks (optional)</source>
        <translation>tarefas (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="49"/>
        <source>Units done</source>
        <translation>Unidades feitas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="52"/>
        <source>Note for the new entry</source>
        <translation>Nota do novo lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="53"/>
        <source>Add entry</source>
        <translation>Adicionar lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="66"/>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="113"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="104"/>
        <source>Add a client first.</source>
        <translation>Adicione um cliente primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="112"/>
        <source>That ends later than now. Log work once it is done, or use the timer.</source>
        <translation>Isso termina depois de agora. Registre o trabalho quando estiver feito, ou use o cronômetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="115"/>
        <source>Units must be a positive number.</source>
        <translation>Unidades devem ser um número positivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="130"/>
        <source> (ends the next day)</source>
        <translation> (termina no dia seguinte)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>&amp;Started on</source>
        <translation>&amp;Começou em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>Started on</source>
        <translation>Começou em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>&amp;Ended on</source>
        <translation>&amp;Terminou em</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>Ended on</source>
        <translation>Terminou em</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="71"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="72"/>
        <source>Edit the selected record</source>
        <translation>Editar o registro selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="75"/>
        <source>Delete the selected record</source>
        <translation>Excluir o registro selecionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="96"/>
        <source>The selected record in full</source>
        <translation>O registro selecionado completo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="110"/>
        <source>(empty list)</source>
        <translation>(lista vazia)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="112"/>
        <source>Show all clients</source>
        <translation>Mostrar todos os clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="160"/>
        <source>Nothing recorded here for %1.</source>
        <translation>Nada registrado aqui para %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="181"/>
        <source>Select a record to see it in full.</source>
        <translation>Selecione um registro para vê-lo completo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="215"/>
        <source>Saved. It is not shown for the client chosen above.</source>
        <translation>Salvo. Ele não aparece para o cliente escolhido acima.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="226"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Excluído. Desfaça com Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="167"/>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="168"/>
        <source>If you forget your password, this key opens your records. It is shown only now.</source>
        <translation>Se você esquecer sua senha, esta chave abre seus registros. Ela é mostrada só agora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="176"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="181"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="188"/>
        <source>Write it down, or save or print it, and keep it somewhere safe away from this computer. Anyone who has it can open your records.</source>
        <translation>Anote-a, ou salve ou imprima, e guarde-a em lugar seguro longe deste computador. Quem a tiver pode abrir seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="193"/>
        <source>A saved PDF is as good as the key: anyone who gets the file can open your records. Save it to a USB stick you keep away from this computer, not to a synced or shared folder, and delete other copies once it is printed.</source>
        <translation>Um PDF salvo vale tanto quanto a chave: quem obtiver o arquivo pode abrir seus registros. Salve-o num pendrive que você guarda longe deste computador, não numa pasta sincronizada ou compartilhada, e apague outras cópias depois de imprimir.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="199"/>
        <source>I have stored it safely</source>
        <translation>Eu a guardei em segurança</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="217"/>
        <source>Save the recovery key (anyone with this file can open your records)</source>
        <translation>Salve a chave de recuperação (quem tiver este arquivo pode abrir seus registros)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="226"/>
        <source>The PDF could not be saved (%1). Nothing else was changed; try another folder.</source>
        <translation>Não foi possível salvar o PDF (%1). Nada mais foi alterado; tente outra pasta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="229"/>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="11"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="14"/>
        <source>Your recovery key is a second way into your records: 32 letters and digits in groups of four, shown once when you set up the app, to print or save as a PDF.</source>
        <translation>Sua chave de recuperação é uma segunda forma de entrar nos seus registros: 32 letras e dígitos em grupos de quatro, mostrada uma vez quando você configura o app, para imprimir ou salvar em PDF.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="16"/>
        <source>If you forget your password, choose &quot;Forgot your password? Use your recovery key&quot; when you unlock: the key opens your records and you choose a new password. It also opens your backups.</source>
        <translation>Se você esquecer sua senha, escolha &quot;Esqueceu a senha? Use sua chave de recuperação&quot; ao desbloquear: a chave abre seus registros e você escolhe uma nova senha. Ela também abre seus backups.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="18"/>
        <source>The app cannot show it again: it is not kept anywhere readable. Changing your password does not change it.</source>
        <translation>O app não pode mostrá-la de novo: ela não fica guardada em nenhum lugar legível. Alterar sua senha não a altera.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="20"/>
        <source>If you lose both your password and your recovery key, nobody can open your records, not even the makers of this app.</source>
        <translation>Se você perder sua senha e sua chave de recuperação, ninguém poderá abrir seus registros, nem os criadores deste app.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="54"/>
        <source>Drag to choose the part of the screen to keep; Escape cancels</source>
        <translation>Arraste para escolher a parte da tela a guardar; Esc cancela</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="42"/>
        <source>Nothing is logged today yet. Add the work you did, or start the timer.</source>
        <translation>Nada registrado hoje ainda. Adicione o trabalho que você fez ou inicie o cronômetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="43"/>
        <source>Did you log today&apos;s work? Unlock your records to add it.</source>
        <translation>Você registrou o trabalho de hoje? Desbloqueie seus registros para adicioná-lo.</translation>
    </message>
</context>
<context>
    <name>RenameEngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="300"/>
        <source>Rename engagement</source>
        <translation>Renomear projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="302"/>
        <source>Engagement name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="305"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="306"/>
        <source>Its entries, pay terms and payments stay with it.</source>
        <translation>Seus registros, condições de pagamento e pagamentos continuam com ele.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="307"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="316"/>
        <source>An engagement needs a name.</source>
        <translation>Um projeto precisa de um nome.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="59"/>
        <source>Client the report is about</source>
        <translation>Cliente de que trata o relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="61"/>
        <source>Period the report covers</source>
        <translation>Período que o relatório cobre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Last year</source>
        <translation>Ano passado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Everything recorded</source>
        <translation>Tudo o que foi registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Choose dates…</source>
        <translation>Escolher datas…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="68"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="71"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="76"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="80"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="81"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="82"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="85"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="86"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="88"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="113"/>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="87"/>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="88"/>
        <source>Save the report as a PDF</source>
        <translation>Salvar o relatório como PDF</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Making the report</source>
        <translation>Fazendo o relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Stop making the report</source>
        <translation>Parar de fazer o relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="109"/>
        <source>Preview of page 1</source>
        <translation>Visualização da página 1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="128"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="217"/>
        <source>A %1 is about one client: add a client first (Clients view).</source>
        <translation>Um(a) %1 é sobre um cliente: adicione um cliente primeiro (tela Clientes).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="237"/>
        <source>Making the preview…</source>
        <translation>Fazendo a visualização…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="246"/>
        <source>No preview for this report.</source>
        <translation>Sem visualização para este relatório.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="249"/>
        <source>Page 1, as it will be saved</source>
        <translation>Página 1, como será salva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="270"/>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="271"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="288"/>
        <source>Making the report…</source>
        <translation>Fazendo o relatório…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="105"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="91"/>
        <source>Prepare for a lawyer or clinic…</source>
        <translation>Preparar para um advogado ou clínica…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="92"/>
        <source>Prepare one file for a lawyer or clinic, with a checker</source>
        <translation>Preparar um único arquivo para um advogado ou clínica, com um verificador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="93"/>
        <source>One zip with the claim packet, pay summary and privacy report, your entries and payments, your evidence, your anchors and time stamps, and a checker anyone can run without this app.</source>
        <translation>Um zip com o dossiê da reclamação, o resumo de pagamentos e o relatório de privacidade, seus lançamentos e pagamentos, suas evidências, suas âncoras e carimbos de tempo, e um verificador que qualquer pessoa pode rodar sem este app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="97"/>
        <source>Share with a union or worker centre…</source>
        <translation>Compartilhar com um sindicato ou centro de trabalhadores…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="98"/>
        <source>Share your pay figures anonymously with a union or worker centre</source>
        <translation>Compartilhe seus números de pagamento anonimamente com um sindicato ou centro de trabalhadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="147"/>
        <source>Report choices</source>
        <translation>Opções do relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="165"/>
        <source>Saved the share to %1. Send it to your union or worker centre yourself: the app sends nothing.</source>
        <translation>Compartilhamento salvo em %1. Envie-o você mesmo ao seu sindicato ou centro de trabalhadores: o app não envia nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="298"/>
        <source>A bundle for a lawyer or clinic is about one client: choose the client above first.</source>
        <translation>Um pacote para um advogado ou clínica é sobre um cliente: escolha o cliente acima primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="302"/>
        <source>Save the bundle for a lawyer or clinic</source>
        <translation>Salvar o pacote para um advogado ou clínica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="303"/>
        <source>Zip files (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="316"/>
        <source>Preparing the bundle: three signed reports, your records and evidence…</source>
        <translation>Preparando o pacote: três relatórios assinados, seus registros e evidências…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="322"/>
        <source>Saved %1: 3 signed reports, %2 entries, %3 payments, %4 evidence files, %5 time stamps. Whoever receives it unzips it and runs verify.py (README.txt inside says how). Your key&apos;s fingerprint, to tell them: %6.</source>
        <translation>Salvo %1: 3 relatórios assinados, %2 lançamentos, %3 pagamentos, %4 arquivos de evidência, %5 carimbos de tempo. Quem o receber descompacta e roda verify.py (o README.txt dentro explica como). A impressão digital da sua chave, para informar: %6.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="331"/>
        <source>The bundle was not saved: %1</source>
        <translation>O pacote não foi salvo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Gathering your records…</source>
        <translation>Reunindo seus registros…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Laying out the pages…</source>
        <translation>Diagramando as páginas…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="344"/>
        <source>Saved %1 (%2 entries, %3 payments). It is signed: “Check a report…” can prove later that it was not changed.</source>
        <translation>Salvo %1 (%2 lançamentos, %3 pagamentos). Ele é assinado: “Verificar um relatório…” pode provar depois que não foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="351"/>
        <source>Cancelled: no file was saved.</source>
        <translation>Cancelado: nenhum arquivo foi salvo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="353"/>
        <source>The report was not saved: %1</source>
        <translation>O relatório não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="106"/>
        <source>Keep this as evidence?</source>
        <translation>Guardar isto como evidência?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="108"/>
        <source>This image will be kept, encrypted, as evidence of your work for %1.</source>
        <translation>Esta imagem será guardada, criptografada, como evidência do seu trabalho para %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="113"/>
        <source>The captured image</source>
        <translation>A imagem capturada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="120"/>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="121"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Check a backup</source>
        <translation>Verificar um backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="36"/>
        <source>The password I had on the day of the backup</source>
        <translation>A senha que eu tinha no dia do backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="37"/>
        <source>My recovery key</source>
        <translation>Minha chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="42"/>
        <source>Password of the day of the backup</source>
        <translation>Senha do dia do backup</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="46"/>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="47"/>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="51"/>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="52"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="53"/>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="55"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="65"/>
        <source>It opens with:</source>
        <translation>Ele abre com:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="55"/>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="58"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="77"/>
        <source>Profile saved.</source>
        <translation>Perfil salvo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="82"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="99"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Senha errada. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="48"/>
        <source>Share with a union or worker centre</source>
        <translation>Compartilhar com um sindicato ou centro de trabalhadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="56"/>
        <source>First day to share</source>
        <translation>Primeiro dia a compartilhar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="57"/>
        <source>Last day to share</source>
        <translation>Último dia a compartilhar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Kind of work</source>
        <translation>Tipo de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Name it</source>
        <translation>Nomeá-la</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="65"/>
        <source>Your clients: the kind of work of each, and whether to name it</source>
        <translation>Seus clientes: o tipo de trabalho de cada um e se deve nomeá-lo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="71"/>
        <source>Everything the share will hold, in plain words</source>
        <translation>Tudo o que o compartilhamento vai conter, em palavras simples</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="74"/>
        <source>Save share…</source>
        <translation>Salvar compartilhamento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="86"/>
        <source>Unions and worker centres pool anonymous shares to show how platforms pay. The file holds, per month and kind of work: hours in fives, rounded pay, the hourly rate and the minimum wage it was compared with, and late or short payments. No names (unless you tick one), notes, dates or evidence. You send it yourself; the app sends nothing.</source>
        <translation>Sindicatos e centros de trabalhadores reúnem compartilhamentos anônimos para mostrar como as plataformas pagam. O arquivo contém, por mês e tipo de trabalho: horas de cinco em cinco, pagamentos arredondados, o valor por hora e o salário mínimo com que foi comparado, e pagamentos atrasados ou a menor. Sem nomes (a menos que você marque um), notas, datas ou evidências. Você mesmo envia; o app não envia nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="93"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="97"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="102"/>
        <source>What the file will hold:</source>
        <translation>O que o arquivo vai conter:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="117"/>
        <source>Kind of work for %1</source>
        <translation>Tipo de trabalho para %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="120"/>
        <source>Name %1 in the share</source>
        <translation>Nomear %1 no compartilhamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>annotation</source>
        <translation>anotação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>rating</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>transcription</source>
        <translation>transcrição</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>moderation</source>
        <translation>moderação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>writing</source>
        <translation>redação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>delivery</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>driving</source>
        <translation>motorista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="186"/>
        <source>Save the share</source>
        <translation>Salvar o compartilhamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="187"/>
        <source>Share files (*.json)</source>
        <translation>Arquivos de compartilhamento (*.json)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="199"/>
        <source>The share was not saved: %1</source>
        <translation>O compartilhamento não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="52"/>
        <source>PayPal activity download (CSV)</source>
        <translation>Download de atividade do PayPal (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="53"/>
        <source>Wise statement or transaction history (CSV)</source>
        <translation>Extrato ou histórico de transações da Wise (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="54"/>
        <source>Upwork transaction history (CSV)</source>
        <translation>Histórico de transações do Upwork (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="55"/>
        <source>Payoneer transactions (CSV)</source>
        <translation>Transações do Payoneer (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="56"/>
        <source>Bank or other payments (CSV, choose its columns)</source>
        <translation>Banco ou outros pagamentos (CSV, escolha as colunas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="88"/>
        <source>Import a payment statement</source>
        <translation>Importar um extrato de pagamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="90"/>
        <source>Kind of statement</source>
        <translation>Tipo de extrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="94"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="95"/>
        <source>Match each payment by payer</source>
        <translation>Associar cada pagamento pelo pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="99"/>
        <source>Statement file</source>
        <translation>Arquivo do extrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="106"/>
        <source>&amp;Statement</source>
        <translation>E&amp;xtrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="110"/>
        <source>F&amp;rom</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="116"/>
        <source>Payments in the statement</source>
        <translation>Pagamentos no extrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="119"/>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="122"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="139"/>
        <source>Only money in from clients becomes a payment: withdrawals, transfers between your balances, refunds and holds are counted and skipped. Importing the same statement again adds nothing.</source>
        <translation>Só o dinheiro que entra de clientes vira pagamento: saques, transferências entre seus saldos, reembolsos e bloqueios são contados e ignorados. Importar o mesmo extrato de novo não adiciona nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="149"/>
        <source>Choose a statement</source>
        <translation>Escolher um extrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="150"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="185"/>
        <source>Choose the statement file first.</source>
        <translation>Escolha o arquivo do extrato primeiro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="214"/>
        <source>%n new payments, %1 matched to a client.</source>
        <translation>
            <numerusform>%n pagamento novo, %1 associado a um cliente.</numerusform>
            <numerusform>%n pagamentos novos, %1 associados a um cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="217"/>
        <source>%1: gross %2, fees %3, net %4.</source>
        <translation>%1: bruto %2, taxas %3, líquido %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="221"/>
        <source>Already imported: %1.</source>
        <translation>Já importado: %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="223"/>
        <source>Skipped: %1.</source>
        <translation>Ignorado: %1.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="193"/>
        <source>Password strength</source>
        <translation>Força da senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="207"/>
        <source>Too short: use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Curta demais: use pelo menos 8 caracteres. Algumas palavras sem relação fazem uma senha forte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="208"/>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Fraca: fácil de adivinhar. Adicione mais palavras ou caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="209"/>
        <source>Fair: could be stronger. Another word would help.</source>
        <translation>Razoável: poderia ser mais forte. Outra palavra ajudaria.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="210"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="211"/>
        <source>Very strong.</source>
        <translation>Muito forte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="213"/>
        <source>Too common: this is one of the 10,000 passwords anyone with your files tries first. Choose another; a few unrelated words make a strong password.</source>
        <translation>Comum demais: esta é uma das 10.000 senhas que qualquer pessoa com seus arquivos testa primeiro. Escolha outra; algumas palavras sem relação fazem uma senha forte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="218"/>
        <source>Use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Use pelo menos 8 caracteres. Algumas palavras sem relação fazem uma senha forte.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="53"/>
        <source>Your other computers</source>
        <translation>Seus outros computadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="73"/>
        <source>Keep your records in step on two computers through a folder your own sync tool keeps in step (Syncthing, Nextcloud, Dropbox, a USB stick). The app writes encrypted files there and never sends anything itself.</source>
        <translation>Mantenha seus registros iguais em dois computadores por meio de uma pasta que sua própria ferramenta de sincronização mantém em dia (Syncthing, Nextcloud, Dropbox, um pen drive). O app grava arquivos criptografados ali e nunca envia nada por conta própria.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="78"/>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="80"/>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="81"/>
        <source>The folder your sync tool keeps in step</source>
        <translation>A pasta que sua ferramenta de sincronização mantém em dia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="82"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="83"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="150"/>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="89"/>
        <source>Pairing code from your other computer</source>
        <translation>Código de pareamento do seu outro computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="90"/>
        <source>To join: the code your other computer shows</source>
        <translation>Para entrar: o código que seu outro computador mostra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="91"/>
        <source>Start syncing here</source>
        <translation>Começar a sincronizar aqui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="93"/>
        <source>Join with the code</source>
        <translation>Entrar com o código</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="100"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="101"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="102"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="117"/>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="114"/>
        <source>Sync folder and paired computers</source>
        <translation>Pasta de sincronização e computadores pareados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="120"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="122"/>
        <source>Show the pairing code</source>
        <translation>Mostrar o código de pareamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="125"/>
        <source>A paired computer</source>
        <translation>Um computador pareado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="126"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="127"/>
        <source>Stop reading the chosen computer&apos;s changes</source>
        <translation>Parar de ler as alterações do computador escolhido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="182"/>
        <source>Pairing code: %1
On your other computer, choose the same folder (as your sync tool keeps it there), type this code and press “Join with the code”. Keep it to yourself.</source>
        <translation>Código de pareamento: %1
No seu outro computador, escolha a mesma pasta (como sua ferramenta de sincronização a mantém lá), digite este código e clique em “Entrar com o código”. Guarde-o só para você.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="200"/>
        <source>Took %n change(s) from your other devices.</source>
        <translation>
            <numerusform>%n alteração recebida dos seus outros dispositivos.</numerusform>
            <numerusform>%n alterações recebidas dos seus outros dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="201"/>
        <source>Wrote %n change file(s).</source>
        <translation>
            <numerusform>%n arquivo de alterações gravado.</numerusform>
            <numerusform>%n arquivos de alterações gravados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="202"/>
        <source>Paired with %1.</source>
        <translation>Pareado com %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="205"/>
        <source>Waiting: %1</source>
        <translation>Aguardando: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="206"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="232"/>
        <source> (removed)</source>
        <translation> (removido)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="233"/>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="234"/>
        <source>This computer: %1</source>
        <translation>Este computador: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>Paired: %1</source>
        <translation>Pareados: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="204"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="237"/>
        <source>%n records changed on two computers: choose in Entries.</source>
        <translation>
            <numerusform>%n registro alterado em dois computadores: escolha em Lançamentos.</numerusform>
            <numerusform>%n registros alterados em dois computadores: escolha em Lançamentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="27"/>
        <source>Pay type</source>
        <translation>Tipo de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="28"/>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="29"/>
        <source>Per task</source>
        <translation>Por tarefa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="30"/>
        <source>Fixed price</source>
        <translation>Preço fixo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="33"/>
        <location filename="../../contractor_app/gui/rate_fields.py" line="57"/>
        <source>Rate</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="72"/>
        <source>e.g. 20.00 (in %1)</source>
        <translation>ex.: 20.00 (em %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="73"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>ex.: 20.00 (deixe vazio se ainda não combinado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="38"/>
        <source>What one unit of work is called</source>
        <translation>Como se chama uma unidade de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="39"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="81"/>
        <source>%1 is paid</source>
        <translation>%1 é pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="87"/>
        <source>Paid work</source>
        <translation>Trabalho pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="89"/>
        <source>Platform fee in percent</source>
        <translation>Taxa da plataforma em porcentagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="90"/>
        <source>e.g. 20 (leave empty if the platform keeps nothing)</source>
        <translation>ex.: 20 (deixe vazio se a plataforma não fica com nada)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="92"/>
        <source>Note on these terms</source>
        <translation>Nota sobre estas condições</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="93"/>
        <source>e.g. raise after the annual review</source>
        <translation>ex.: aumento após a avaliação anual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="97"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Tipo de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="101"/>
        <source>Untick work the client does not pay for, such as unpaid training or assessments: it is still recorded, and shows in your reports as unpaid.</source>
        <translation>Desmarque o trabalho que o cliente não paga, como treinamentos ou avaliações não pagos: ele continua registrado e aparece nos seus relatórios como não pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="104"/>
        <source>Platform &amp;fee (%)</source>
        <translation>Ta&amp;xa da plataforma (%)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per hour</source>
        <translation>&amp;Valor por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per unit</source>
        <translation>&amp;Valor por unidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="71"/>
        <source>&amp;Price</source>
        <translation>&amp;Preço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="141"/>
        <source>The platform fee</source>
        <translation>A taxa da plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="143"/>
        <source>The platform fee is a percentage from 0 to 100.</source>
        <translation>A taxa da plataforma é uma porcentagem de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="147"/>
        <source>Enter the new rate.</source>
        <translation>Digite o novo valor.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="55"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="60"/>
        <source>A rate of zero is not a rate; leave it empty if the work is unpaid.</source>
        <translation>Um valor zero não é um valor; deixe vazio se o trabalho não é pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="66"/>
        <source>Name the unit with one word, such as task or item.</source>
        <translation>Dê nome à unidade com uma palavra, como tarefa ou item.</translation>
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
        <translation>Tempo gasto, horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="163"/>
        <source>Time spent, minutes</source>
        <translation>Tempo gasto, minutos</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="52"/>
        <source>Add the platform or company you work for, with your pay terms; then start the timer when you start working.</source>
        <translation>Adicione a plataforma ou empresa para a qual você trabalha, com suas condições de pagamento; depois inicie o cronômetro quando começar a trabalhar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="55"/>
        <source>Add client…</source>
        <translation>Adicionar cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="65"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="68"/>
        <source>Engagement</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="70"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="74"/>
        <source>Note (optional, can be added later)</source>
        <translation>Nota (opcional, pode ser adicionada depois)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="75"/>
        <source>Note for the timer</source>
        <translation>Nota do cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="87"/>
        <source>Time on the timer</source>
        <translation>Tempo no cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="92"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="93"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="94"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Stop the timer</source>
        <translation>Parar o cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Start the timer</source>
        <translation>Iniciar o cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="149"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="152"/>
        <source>Not running</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="157"/>
        <source>Running since %1</source>
        <translation>Rodando desde %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="168"/>
        <source>Stopped within a minute: nothing was recorded.</source>
        <translation>Parado em menos de um minuto: nada foi registrado.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="41"/>
        <source>Today&apos;s total</source>
        <translation>Total de hoje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="45"/>
        <source>Today&apos;s entries</source>
        <translation>Lançamentos de hoje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="56"/>
        <source>No entries yet today. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Nenhum lançamento hoje ainda. Inicie o cronômetro ou adicione um lançamento de trabalho já feito (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="64"/>
        <source>&lt;b&gt;Add work you already did&lt;/b&gt; (Ctrl+N)</source>
        <translation>&lt;b&gt;Adicione trabalho já feito&lt;/b&gt; (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="112"/>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="114"/>
        <source>est. %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/today/view.py" line="124"/>
        <source>Added. It overlaps %n other entries; both are kept and flagged.</source>
        <translation>
            <numerusform>Adicionado. Ele se sobrepõe a %n outro lançamento; ambos são mantidos e marcados.</numerusform>
            <numerusform>Adicionado. Ele se sobrepõe a %n outros lançamentos; ambos são mantidos e marcados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="37"/>
        <source>Add entry…</source>
        <translation>Adicionar lançamento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="38"/>
        <source>Capture evidence</source>
        <translation>Capturar evidência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="39"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="40"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="82"/>
        <source>Unlock to use the timer</source>
        <translation>Desbloqueie para usar o cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="83"/>
        <source>Contractor Ledger: locked</source>
        <translation>Contractor Ledger: bloqueado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="88"/>
        <source>Stop (%1)</source>
        <translation>Parar (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="89"/>
        <source>Contractor Ledger: timer running for %1, %2</source>
        <translation>Contractor Ledger: cronômetro rodando para %1, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="93"/>
        <source>Start timer (%1)</source>
        <translation>Iniciar cronômetro (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="94"/>
        <source>Start timer</source>
        <translation>Iniciar cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="96"/>
        <source>Contractor Ledger: timer stopped</source>
        <translation>Contractor Ledger: cronômetro parado</translation>
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
        <translation>Adicionar viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="80"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="81"/>
        <source>Date driven</source>
        <translation>Data da viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="83"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="111"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="84"/>
        <source>e.g. 42.5</source>
        <translation>ex.: 42.5</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="86"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="91"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="92"/>
        <source>optional, e.g. depot to city centre, odometer 10230-10272</source>
        <translation>opcional, ex.: do depósito ao centro, hodômetro 10230-10272</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="94"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="95"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="96"/>
        <source>Di&amp;stance</source>
        <translation>Dis&amp;tância</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="99"/>
        <source>Priced at the official per-distance rate of your country.</source>
        <translation>Valorizado pela tarifa oficial por distância do seu país.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="107"/>
        <source>Add a client first: a trip is for the work of a client.</source>
        <translation>Adicione um cliente primeiro: uma viagem é para o trabalho de um cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="109"/>
        <source>Enter the distance you drove.</source>
        <translation>Informe a distância que você percorreu.</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>Import a GPX track</source>
        <translation>Importar uma trilha GPX</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>GPX tracks (*.gpx)</source>
        <translation>Trilhas GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="137"/>
        <source>Distance log</source>
        <translation>Registro de distâncias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="138"/>
        <source>Add trip…</source>
        <translation>Adicionar viagem…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="139"/>
        <source>Import GPX…</source>
        <translation>Importar GPX…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="140"/>
        <source>Delete trip</source>
        <translation>Excluir viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="141"/>
        <source>No distance driven in this period. Add a trip from your odometer, or import a GPX track from your phone or bike computer.</source>
        <translation>Nenhuma distância percorrida neste período. Adicione uma viagem pelo hodômetro ou importe uma trilha GPX do seu celular ou ciclocomputador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="193"/>
        <source>Imported %n trip(s) from the GPX track.</source>
        <translation>
            <numerusform>%n viagem importada da trilha GPX.</numerusform>
            <numerusform>%n viagens importadas da trilha GPX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="195"/>
        <source>%n track day(s) were already in the log and were skipped.</source>
        <translation>
            <numerusform>%n dia da trilha já estava no registro e foi ignorado.</numerusform>
            <numerusform>%n dias da trilha já estavam no registro e foram ignorados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="46"/>
        <source>Unlock your records - Contractor Ledger</source>
        <translation>Desbloqueie seus registros - Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="53"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="65"/>
        <source>Your records: %1</source>
        <translation>Seus registros: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="84"/>
        <source>Unlock your records</source>
        <translation>Desbloqueie seus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="86"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="90"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="99"/>
        <source>Forgot your password? Use your recovery key</source>
        <translation>Esqueceu a senha? Use sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="102"/>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="118"/>
        <source>Use your recovery key</source>
        <translation>Use sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="119"/>
        <source>Type the recovery key you saved when you set up the app (32 letters and digits in groups of four), then choose a new password. The old password stops working.</source>
        <translation>Digite a chave de recuperação que você salvou ao configurar o app (32 letras e dígitos em grupos de quatro) e escolha uma nova senha. A senha antiga deixa de funcionar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="123"/>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="125"/>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="127"/>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="135"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="136"/>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="138"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="139"/>
        <source>Unlock and set the new password</source>
        <translation>Desbloquear e definir a nova senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="142"/>
        <source>Back to the password</source>
        <translation>Voltar à senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="203"/>
        <source>Type your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="269"/>
        <source>Your records were replaced by an older copy (%1).</source>
        <translation>Seus registros foram substituídos por uma cópia mais antiga (%1).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="275"/>
        <source>%1 Nothing was changed. Your backup from %2 can restore it.</source>
        <translation>%1 Nada foi alterado. Seu backup de %2 pode restaurá-lo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="277"/>
        <source>%1 Nothing was changed. Keep this folder as it is, and restore your latest backup to get your records back.</source>
        <translation>%1 Nada foi alterado. Mantenha esta pasta como está e restaure seu backup mais recente para recuperar seus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="291"/>
        <source>Restore the latest backup (%1)…</source>
        <translation>Restaurar o backup mais recente (%1)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="301"/>
        <source>Type the password you had on the day of the backup, then restore.</source>
        <translation>Digite a senha que você tinha no dia do backup e restaure.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="313"/>
        <source>Restore the latest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="314"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days. The backup opens with the password you had on the day it was made.</source>
        <translation>Substituir seus registros pelo backup de %1?

Seus registros atuais ficarão guardados à parte em %2 por %3 dias. O backup abre com a senha que você tinha no dia em que foi feito.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="81"/>
        <source>Check a report…</source>
        <translation>Verificar um relatório…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="82"/>
        <source>Check a report someone sends back</source>
        <translation>Verificar um relatório que alguém devolveu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="91"/>
        <source>&lt;b&gt;Check a report someone sends back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verificar um relatório que alguém devolveu&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="96"/>
        <source>Tells whether a PDF is exactly the report made here, and whether your records still say the same.</source>
        <translation>Diz se um PDF é exatamente o relatório feito aqui e se seus registros ainda dizem o mesmo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>Check a report</source>
        <translation>Verificar um relatório</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="107"/>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="64"/>
        <source>Welcome to Contractor Ledger</source>
        <translation>Bem-vindo ao Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="65"/>
        <source>Your own record of the work you do and the pay you receive.</source>
        <translation>Seu próprio registro do trabalho que você faz e do pagamento que recebe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="71"/>
        <source>Log your work each day with a timer or by hand, with the pay terms you agreed.</source>
        <translation>Registre seu trabalho todo dia com um cronômetro ou à mão, com as condições de pagamento que você combinou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="72"/>
        <source>See what you earned, what you were paid and what is still owed to you.</source>
        <translation>Veja o que você ganhou, o que recebeu e o que ainda lhe devem.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="73"/>
        <source>Everything stays on this computer, encrypted with your password. Nothing is sent anywhere.</source>
        <translation>Tudo fica neste computador, criptografado com sua senha. Nada é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="74"/>
        <source>Setup takes about two minutes.</source>
        <translation>A configuração leva cerca de dois minutos.</translation>
    </message>
</context>
<context>
    <name>WhereToReachYou</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="152"/>
        <source>Your address</source>
        <translation>Seu endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="153"/>
        <source>Street, city, postcode (optional; shown on reports and claims)</source>
        <translation>Rua, cidade, CEP (opcional; aparece nos relatórios e reclamações)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="157"/>
        <source>Your email or phone</source>
        <translation>Seu e-mail ou telefone</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="158"/>
        <source>Email or phone (optional; shown on claims)</source>
        <translation>E-mail ou telefone (opcional; aparece nas reclamações)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="160"/>
        <source>Your &amp;address</source>
        <translation>Seu &amp;endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="162"/>
        <source>Your email or p&amp;hone</source>
        <translation>Seu e-mail ou &amp;telefone</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="35"/>
        <source>Edit client details</source>
        <translation>Editar dados do cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="47"/>
        <source>Rename engagement</source>
        <translation>Renomear projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="73"/>
        <source>Correct pay terms</source>
        <translation>Corrigir condições de pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="89"/>
        <source>Remove pay terms</source>
        <translation>Remover condições de pagamento</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="23"/>
        <source>Ascension Island</source>
        <translation>Ilha de Ascensão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="24"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>Emirados Árabes Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="26"/>
        <source>Afghanistan</source>
        <translation>Afeganistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="27"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antígua e Barbuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="28"/>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="29"/>
        <source>Albania</source>
        <translation>Albânia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="30"/>
        <source>Armenia</source>
        <translation>Armênia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="31"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="32"/>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="33"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="34"/>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="35"/>
        <source>Austria</source>
        <translation>Áustria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="36"/>
        <source>Australia</source>
        <translation>Austrália</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="37"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="38"/>
        <source>Åland Islands</source>
        <translation>Ilhas Åland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="39"/>
        <source>Azerbaijan</source>
        <translation>Azerbaidjão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="40"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bósnia-Herzegóvina</translation>
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
        <translation>Bélgica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="44"/>
        <source>Burkina Faso</source>
        <translation>Burquina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="45"/>
        <source>Bulgaria</source>
        <translation>Bulgária</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="46"/>
        <source>Bahrain</source>
        <translation>Barein</translation>
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
        <translation>São Bartolomeu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="50"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="51"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="52"/>
        <source>Bolivia</source>
        <translation>Bolívia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="53"/>
        <source>Caribbean Netherlands</source>
        <translation>Bonaire, Saba e Santo Eustáquio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="54"/>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="55"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="56"/>
        <source>Bhutan</source>
        <translation>Butão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="57"/>
        <source>Bouvet Island</source>
        <translation>Ilha Bouvet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="58"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="59"/>
        <source>Belarus</source>
        <translation>Bielo-Rússia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="60"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="61"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="62"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Ilhas Cocos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="63"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="64"/>
        <source>Central African Republic</source>
        <translation>República Centro-Africana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="65"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="66"/>
        <source>Switzerland</source>
        <translation>Suíça</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="67"/>
        <source>Côte d’Ivoire</source>
        <translation>Costa do Marfim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="68"/>
        <source>Cook Islands</source>
        <translation>Ilhas Cook</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="69"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="70"/>
        <source>Cameroon</source>
        <translation>Camarões</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="71"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="72"/>
        <source>Colombia</source>
        <translation>Colômbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="73"/>
        <source>Clipperton Island</source>
        <translation>Ilha de Clipperton</translation>
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
        <translation>Ilha Christmas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="79"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="80"/>
        <source>Czechia</source>
        <translation>Chéquia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="81"/>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="82"/>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="83"/>
        <source>Djibouti</source>
        <translation>Djibuti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="84"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="85"/>
        <source>Dominica</source>
        <translation>Domínica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="86"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="87"/>
        <source>Algeria</source>
        <translation>Argélia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="88"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta e Melilla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="89"/>
        <source>Ecuador</source>
        <translation>Equador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="90"/>
        <source>Estonia</source>
        <translation>Estônia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="91"/>
        <source>Egypt</source>
        <translation>Egito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="92"/>
        <source>Western Sahara</source>
        <translation>Saara Ocidental</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="93"/>
        <source>Eritrea</source>
        <translation>Eritréia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="94"/>
        <source>Spain</source>
        <translation>Espanha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="95"/>
        <source>Ethiopia</source>
        <translation>Etiópia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="96"/>
        <source>European Union</source>
        <translation>União Europeia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="97"/>
        <source>Finland</source>
        <translation>Finlândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="98"/>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="99"/>
        <source>Falkland Islands</source>
        <translation>Ilhas Malvinas (Falkland)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="100"/>
        <source>Micronesia</source>
        <translation>Micronésia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="101"/>
        <source>Faroe Islands</source>
        <translation>Ilhas Faroe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="102"/>
        <source>France</source>
        <translation>França</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="103"/>
        <source>Gabon</source>
        <translation>Gabão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="104"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="105"/>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="106"/>
        <source>Georgia</source>
        <translation>Geórgia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="107"/>
        <source>French Guiana</source>
        <translation>Guiana Francesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="108"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="109"/>
        <source>Ghana</source>
        <translation>Gana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="110"/>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="111"/>
        <source>Greenland</source>
        <translation>Groenlândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="112"/>
        <source>Gambia</source>
        <translation>Gâmbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="113"/>
        <source>Guinea</source>
        <translation>Guiné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="114"/>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="115"/>
        <source>Equatorial Guinea</source>
        <translation>Guiné Equatorial</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="116"/>
        <source>Greece</source>
        <translation>Grécia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="117"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Geórgia do Sul e Ilhas Sandwich do Sul</translation>
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
        <translation>Guiné-Bissau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="121"/>
        <source>Guyana</source>
        <translation>Guiana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="122"/>
        <source>Hong Kong SAR China</source>
        <translation>Hong Kong, RAE da China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="123"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Ilha Heard e Ilhas McDonald</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="124"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="125"/>
        <source>Croatia</source>
        <translation>Croácia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="126"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="127"/>
        <source>Hungary</source>
        <translation>Hungria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="128"/>
        <source>Canary Islands</source>
        <translation>Ilhas Canárias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="129"/>
        <source>Indonesia</source>
        <translation>Indonésia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="130"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="131"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="132"/>
        <source>Isle of Man</source>
        <translation>Ilha de Man</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="133"/>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="134"/>
        <source>British Indian Ocean Territory</source>
        <translation>Território Britânico do Oceano Índico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="135"/>
        <source>Iraq</source>
        <translation>Iraque</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="136"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="137"/>
        <source>Iceland</source>
        <translation>Islândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="138"/>
        <source>Italy</source>
        <translation>Itália</translation>
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
        <translation>Jordânia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="142"/>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="143"/>
        <source>Kenya</source>
        <translation>Quênia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="144"/>
        <source>Kyrgyzstan</source>
        <translation>Quirguistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="145"/>
        <source>Cambodia</source>
        <translation>Camboja</translation>
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
        <translation>São Cristóvão e Névis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="149"/>
        <source>North Korea</source>
        <translation>Coreia do Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="150"/>
        <source>South Korea</source>
        <translation>Coreia do Sul</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="151"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="152"/>
        <source>Cayman Islands</source>
        <translation>Ilhas Cayman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="153"/>
        <source>Kazakhstan</source>
        <translation>Cazaquistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="154"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="155"/>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="156"/>
        <source>St. Lucia</source>
        <translation>Santa Lúcia</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="161"/>
        <source>Lithuania</source>
        <translation>Lituânia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="162"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="163"/>
        <source>Latvia</source>
        <translation>Letônia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="164"/>
        <source>Libya</source>
        <translation>Líbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="165"/>
        <source>Morocco</source>
        <translation>Marrocos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="166"/>
        <source>Monaco</source>
        <translation>Mônaco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="167"/>
        <source>Moldova</source>
        <translation>Moldávia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="168"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="169"/>
        <source>St. Martin</source>
        <translation>São Martinho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="170"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="171"/>
        <source>Marshall Islands</source>
        <translation>Ilhas Marshall</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="172"/>
        <source>North Macedonia</source>
        <translation>Macedônia do Norte</translation>
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
        <translation>Mongólia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="176"/>
        <source>Macao SAR China</source>
        <translation>Macau, RAE da China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="177"/>
        <source>Northern Mariana Islands</source>
        <translation>Ilhas Marianas do Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="178"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="179"/>
        <source>Mauritania</source>
        <translation>Mauritânia</translation>
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
        <translation>Maurício</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="183"/>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="184"/>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="185"/>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="186"/>
        <source>Malaysia</source>
        <translation>Malásia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="187"/>
        <source>Mozambique</source>
        <translation>Moçambique</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="188"/>
        <source>Namibia</source>
        <translation>Namíbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="189"/>
        <source>New Caledonia</source>
        <translation>Nova Caledônia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="190"/>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="191"/>
        <source>Norfolk Island</source>
        <translation>Ilha Norfolk</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="192"/>
        <source>Nigeria</source>
        <translation>Nigéria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="193"/>
        <source>Nicaragua</source>
        <translation>Nicarágua</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="194"/>
        <source>Netherlands</source>
        <translation>Países Baixos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="195"/>
        <source>Norway</source>
        <translation>Noruega</translation>
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
        <translation>Nova Zelândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="200"/>
        <source>Oman</source>
        <translation>Omã</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="201"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="202"/>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="203"/>
        <source>French Polynesia</source>
        <translation>Polinésia Francesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="204"/>
        <source>Papua New Guinea</source>
        <translation>Papua-Nova Guiné</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="205"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="206"/>
        <source>Pakistan</source>
        <translation>Paquistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="207"/>
        <source>Poland</source>
        <translation>Polônia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="208"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>São Pedro e Miquelon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="209"/>
        <source>Pitcairn Islands</source>
        <translation>Pitcairn</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="210"/>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="211"/>
        <source>Palestinian Territories</source>
        <translation>Territórios Palestinos</translation>
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
        <translation>Paraguai</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="215"/>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="216"/>
        <source>Outlying Oceania</source>
        <translation>Oceania Remota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="217"/>
        <source>Réunion</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="218"/>
        <source>Romania</source>
        <translation>Romênia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="219"/>
        <source>Serbia</source>
        <translation>Sérvia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="220"/>
        <source>Russia</source>
        <translation>Rússia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="221"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="222"/>
        <source>Saudi Arabia</source>
        <translation>Arábia Saudita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="223"/>
        <source>Solomon Islands</source>
        <translation>Ilhas Salomão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="224"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="225"/>
        <source>Sudan</source>
        <translation>Sudão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="226"/>
        <source>Sweden</source>
        <translation>Suécia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="227"/>
        <source>Singapore</source>
        <translation>Cingapura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="228"/>
        <source>St. Helena</source>
        <translation>Santa Helena</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="229"/>
        <source>Slovenia</source>
        <translation>Eslovênia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="230"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard e a Ilha de Jan Mayen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="231"/>
        <source>Slovakia</source>
        <translation>Eslováquia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="232"/>
        <source>Sierra Leone</source>
        <translation>Serra Leoa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="233"/>
        <source>San Marino</source>
        <translation>São Marino</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="234"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="235"/>
        <source>Somalia</source>
        <translation>Somália</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="236"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="237"/>
        <source>South Sudan</source>
        <translation>Sudão do Sul</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="238"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>São Tomé e Príncipe</translation>
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
        <translation>Suazilândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="243"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="244"/>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Ilhas Turks e Caicos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="245"/>
        <source>Chad</source>
        <translation>Chade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="246"/>
        <source>French Southern Territories</source>
        <translation>Territórios Franceses do Sul</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="247"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="248"/>
        <source>Thailand</source>
        <translation>Tailândia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="249"/>
        <source>Tajikistan</source>
        <translation>Tadjiquistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="250"/>
        <source>Tokelau</source>
        <translation>Toquelau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="251"/>
        <source>Timor-Leste</source>
        <translation>Timor Leste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="252"/>
        <source>Turkmenistan</source>
        <translation>Turcomenistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="253"/>
        <source>Tunisia</source>
        <translation>Tunísia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="254"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="255"/>
        <source>Türkiye</source>
        <translation>Turquia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="256"/>
        <source>Trinidad &amp; Tobago</source>
        <translation>Trinidade e Tobago</translation>
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
        <translation>Tanzânia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="260"/>
        <source>Ukraine</source>
        <translation>Ucrânia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="261"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="262"/>
        <source>U.S. Outlying Islands</source>
        <translation>Ilhas Menores Distantes dos Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="263"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="264"/>
        <source>Uruguay</source>
        <translation>Uruguai</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="265"/>
        <source>Uzbekistan</source>
        <translation>Uzbequistão</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="266"/>
        <source>Vatican City</source>
        <translation>Cidade do Vaticano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="267"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>São Vicente e Granadinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="268"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="269"/>
        <source>British Virgin Islands</source>
        <translation>Ilhas Virgens Britânicas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="270"/>
        <source>U.S. Virgin Islands</source>
        <translation>Ilhas Virgens Americanas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="271"/>
        <source>Vietnam</source>
        <translation>Vietnã</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="272"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="273"/>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis e Futuna</translation>
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
        <translation>Iêmen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="277"/>
        <source>Mayotte</source>
        <translation>Maiote</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="278"/>
        <source>South Africa</source>
        <translation>África do Sul</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="279"/>
        <source>Zambia</source>
        <translation>Zâmbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="280"/>
        <source>Zimbabwe</source>
        <translation>Zimbábue</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="23"/>
        <source>One month counted in calendar days; weekends and holidays count.</source>
        <translation>Um mês contado em dias corridos; fins de semana e feriados contam.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="24"/>
        <source>{months} months counted in calendar days; weekends and holidays count.</source>
        <translation>{months} meses contados em dias corridos; fins de semana e feriados contam.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="25"/>
        <source>{days} days counted in calendar days; weekends and holidays count.</source>
        <translation>{days} dias contados em dias corridos; fins de semana e feriados contam.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="26"/>
        <source>A last day on a Saturday or Sunday moves to the Monday; the public holidays where the company is are not known here, so a holiday may move it one working day later.</source>
        <translation>Um último dia que cai num sábado ou domingo passa para a segunda-feira; os feriados do local da empresa não são conhecidos aqui, então um feriado pode adiá-lo mais um dia útil.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="29"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays).</source>
        <translation>Um último dia que cai num sábado, domingo ou feriado {place} passa para o dia útil seguinte (feriados nacionais).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="31"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays; {regional}).</source>
        <translation>Um último dia que cai num sábado, domingo ou feriado {place} passa para o dia útil seguinte (feriados nacionais; {regional}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="33"/>
        <source>The extension claimed on {claimed} came after the first deadline ({first_due}), so it does not move it ({citation}).</source>
        <translation>A prorrogação pedida em {claimed} veio depois do primeiro prazo ({first_due}), então não o altera ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="41"/>
        <source>England and Wales</source>
        <translation>na Inglaterra e no País de Gales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="42"/>
        <source>Northern Ireland</source>
        <translation>na Irlanda do Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="43"/>
        <source>Scotland</source>
        <translation>na Escócia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="44"/>
        <source>local holidays set by Scottish councils are not counted</source>
        <translation>os feriados locais definidos pelos conselhos escoceses não são contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="45"/>
        <source>Ireland</source>
        <translation>na Irlanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="46"/>
        <source>Germany</source>
        <translation>na Alemanha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="47"/>
        <source>only the nine holidays kept in every Land; a Land&apos;s own (e.g. Epiphany, Corpus Christi, Reformation Day, All Saints) are not counted</source>
        <translation>só os nove feriados comuns a todos os Länder; os próprios de cada Land (p. ex. Epifania, Corpus Christi, Dia da Reforma, Todos os Santos) não são contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="49"/>
        <source>Spain</source>
        <translation>na Espanha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="50"/>
        <source>an autonomous community&apos;s own holidays (e.g. Maundy Thursday, Easter Monday, its national day) and the Mondays some communities give for a national holiday on a Sunday are not counted</source>
        <translation>os feriados próprios de cada comunidade autônoma (p. ex. Quinta-feira Santa, Segunda-feira de Páscoa, seu dia) e as segundas-feiras que algumas comunidades dão por um feriado nacional num domingo não são contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="53"/>
        <source>France</source>
        <translation>na França</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="54"/>
        <source>Alsace-Moselle&apos;s Good Friday and 26 December and the overseas departments&apos; own days are not counted</source>
        <translation>a Sexta-feira Santa e o 26 de dezembro da Alsácia-Mosela e os dias próprios dos departamentos ultramarinos não são contados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="56"/>
        <source>Italy</source>
        <translation>na Itália</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="57"/>
        <source>a town&apos;s patron saint&apos;s day is not counted</source>
        <translation>o dia do santo padroeiro de cada cidade não é contado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="58"/>
        <source>the Netherlands</source>
        <translation>nos Países Baixos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="59"/>
        <source>Poland</source>
        <translation>na Polônia</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="31"/>
        <source>There is already a client named {name!r}; nothing was changed.</source>
        <translation>Já existe um cliente chamado {name!r}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="32"/>
        <source>{client} already has an engagement named {name!r}; nothing was changed.</source>
        <translation>{client} já tem um projeto chamado {name!r}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="33"/>
        <source>This client already has an engagement named {name!r}; nothing was changed.</source>
        <translation>Este cliente já tem um projeto chamado {name!r}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="34"/>
        <source>The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it first.</source>
        <translation>O cronômetro já está rodando para {client} desde {since:%d/%m/%Y %H:%M}; pare-o primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="36"/>
        <source>The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.</source>
        <translation>O lançamento termina ({end:%d/%m/%Y %H:%M} UTC) antes ou no momento em que começa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="37"/>
        <source>Your records file is damaged ({what}).</source>
        <translation>O arquivo dos seus registros está danificado ({what}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="38"/>
        <source>Your records file is damaged ({what}). {detail}</source>
        <translation>O arquivo dos seus registros está danificado ({what}). {detail}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="39"/>
        <source>This backup is damaged ({what}). Nothing was restored or changed; use another backup.</source>
        <translation>Este backup está danificado ({what}). Nada foi restaurado nem alterado; use outro backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="41"/>
        <source>This backup is damaged ({what}). {detail} Nothing was restored or changed; use another backup.</source>
        <translation>Este backup está danificado ({what}). {detail} Nada foi restaurado nem alterado; use outro backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="43"/>
        <source>The backup folder {folder} cannot be used ({reason}). Your records are safe and unchanged; choose another folder in the backup settings.</source>
        <translation>A pasta de backup {folder} não pode ser usada ({reason}). Seus registros estão seguros e inalterados; escolha outra pasta nas configurações de backup.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="45"/>
        <source>Cannot read the backup {path} ({reason}). Nothing was changed.</source>
        <translation>Não é possível ler o backup {path} ({reason}). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="46"/>
        <source>{path} is not a backup file. Nothing was changed.</source>
        <translation>{path} não é um arquivo de backup. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="47"/>
        <source>{name} was refused: {why}. Nothing was added.</source>
        <translation>{name} foi recusado: {why}. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="48"/>
        <source>{name} was refused: {why}. Nothing was imported.</source>
        <translation>{name} foi recusado: {why}. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="49"/>
        <source>There is no file or folder {path}. Nothing was added.</source>
        <translation>Não existe o arquivo ou a pasta {path}. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="50"/>
        <source>Cannot read {path}: {reason}. Nothing was added.</source>
        <translation>Não é possível ler {path}: {reason}. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="51"/>
        <source>{name} holds no files to keep. Nothing was added.</source>
        <translation>{name} não contém arquivos para guardar. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="52"/>
        <source>{path} is a folder; give the file to import. Nothing was imported.</source>
        <translation>{path} é uma pasta; indique o arquivo a importar. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="53"/>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>Não é possível ler {path}: {reason}. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="54"/>
        <source>{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported.</source>
        <translation>{name} tem mais de {mib} MiB; divida-o em arquivos menores. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="55"/>
        <source>{name} is empty; there is nothing to keep. Nothing was added.</source>
        <translation>{name} está vazio; não há nada para guardar. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="56"/>
        <source>{path} is not a file; give the file to keep. Nothing was added.</source>
        <translation>{path} não é um arquivo; indique o arquivo a guardar. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="57"/>
        <source>There is no file {path}. Nothing was added.</source>
        <translation>Não existe o arquivo {path}. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="59"/>
        <source>{what} {id} does not exist (it may have been deleted).</source>
        <translation>{what} {id} não existe (pode ter sido excluído).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="60"/>
        <source>Units {units} must be a positive number with at most 3 decimal places.</source>
        <translation>As unidades {units} devem ser um número positivo com no máximo 3 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="61"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>A nota tem mais de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="62"/>
        <source>Kind must be bonus or adjustment, not {kind!r}.</source>
        <translation>O tipo deve ser bonus ou adjustment, não {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="63"/>
        <source>Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}</source>
        <translation>{what} tem evidências vinculadas, por isso continua nos seus registros; nada foi excluído.{advice}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="64"/>
        <source>This {what} is already back in your records; nothing was changed.</source>
        <translation>Já está de volta nos seus registros ({what}); nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="65"/>
        <source>The client of a deleted {what} no longer exists; it cannot be put back.</source>
        <translation>O cliente deste item excluído ({what}) não existe mais; ele não pode ser restaurado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="66"/>
        <source>Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York.</source>
        <translation>Fuso horário desconhecido {name!r}: use um nome como Europe/Berlin ou America/New_York.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="67"/>
        <source>Date and time {text!r} is not understood: use a form like 2026-11-26T09:30.</source>
        <translation>Data e hora {text!r} não compreendidas: use uma forma como 2026-11-26T09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="68"/>
        <source>{text!r} does not exist in {zone} (the clocks skipped it); check the time.</source>
        <translation>{text!r} não existe em {zone} (os relógios pularam esse horário); verifique a hora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="69"/>
        <source>Date {text!r} is not understood: use a form like 2026-11-26.</source>
        <translation>Data {text!r} não compreendida: use uma forma como 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="70"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>O período termina ({end}) antes de começar ({start}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="71"/>
        <source>Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30.</source>
        <translation>Período {text!r} não compreendido: use DE..ATÉ, p. ex. 2026-11-01..2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="72"/>
        <source>{what} {text!r} is not a number.</source>
        <translation>{what}: {text!r} não é um número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="73"/>
        <source>{what} {text!r} is not a plain number.</source>
        <translation>{what}: {text!r} não é um número simples.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="74"/>
        <source>{what} {value} is negative; amounts are recorded as positive numbers.</source>
        <translation>{what}: {value} é negativo; os valores são registrados como números positivos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="75"/>
        <source>{what} {value} has more than {allowed} decimal places for {code}.</source>
        <translation>{what}: {value} tem mais de {allowed} casas decimais para {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="76"/>
        <source>Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task.</source>
        <translation>A taxa {text!r} precisa de uma unidade: escreva 25/h por hora ou 0.40/task por tarefa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="77"/>
        <source>Rate unit {unit!r} is not understood: use h, or a word such as task or item.</source>
        <translation>Unidade de taxa {unit!r} não compreendida: use h, ou uma palavra como task ou item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="79"/>
        <source>Classification must be contractor or employee, not {classification!r}.</source>
        <translation>A classificação deve ser contractor ou employee, não {classification!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="80"/>
        <source>There is no {what} #{id} in your records; nothing was changed.</source>
        <translation>Não há {what} #{id} nos seus registros; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="81"/>
        <source>The rate is in {rate_currency} but the client pays in {currency}.</source>
        <translation>A taxa está em {rate_currency}, mas o cliente paga em {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="82"/>
        <source>Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.</source>
        <translation>O início do dia de trabalho {text!r} não é um horário: escreva HH:MM, p. ex. 06:00, ou midnight.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="83"/>
        <source>No client named {name!r}. Known clients: {known}.</source>
        <translation>Nenhum cliente chamado {name!r}. Clientes conhecidos: {known}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="84"/>
        <source>No client named {name!r}. Add one with `client add`.</source>
        <translation>Nenhum cliente chamado {name!r}. Adicione um com `client add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="85"/>
        <source>{client} has no engagement named {name!r}.</source>
        <translation>{client} não tem nenhum projeto chamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="86"/>
        <source>{client} has no engagement.</source>
        <translation>{client} não tem nenhum projeto.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="87"/>
        <source>{what} is limited to {limit:,} characters; nothing was changed.</source>
        <translation>{what}: o limite é de {limit:,} caracteres; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="88"/>
        <source>{client} pays in {currency}, not {rate_currency}.</source>
        <translation>{client} paga em {currency}, não em {rate_currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="89"/>
        <source>{engagement} already has pay terms from {effective_from}; choose another day. Nothing was changed.</source>
        <translation>{engagement} já tem condições de pagamento a partir de {effective_from}; escolha outro dia. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="91"/>
        <source>Your entry of {day} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>Seu lançamento de {day} ficaria sem condições de pagamento (as primeiras começariam em {first}). Escolha um dia anterior. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="93"/>
        <source>{count} entries from {start} to {end} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>{count} lançamentos de {start} a {end} ficariam sem condições de pagamento (as primeiras começariam em {first}). Escolha um dia anterior. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="95"/>
        <source>Your entry of {day} is paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>Seu lançamento de {day} é pago com estas condições. Corrija as condições em vez de removê-las. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="97"/>
        <source>{count} entries from {start} to {end} are paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>{count} lançamentos de {start} a {end} são pagos com estas condições. Corrija as condições em vez de removê-las. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="99"/>
        <source>There are no pay terms #{id} in your records; nothing was changed.</source>
        <translation>Não há condições de pagamento #{id} nos seus registros; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="100"/>
        <source>Pay type must be hourly, per unit or fixed, not {kind!r}.</source>
        <translation>O tipo de pagamento deve ser por hora, por unidade ou fixo, não {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="101"/>
        <source>The client pays in {currency}, not {rate_currency}; nothing was changed.</source>
        <translation>O cliente paga em {currency}, não em {rate_currency}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="103"/>
        <source>A payment&apos;s method, reference and note are limited to {limit} characters.</source>
        <translation>O método, a referência e a nota de um pagamento são limitados a {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="104"/>
        <source>{client} pays in {currency}; record the amount that arrived in {currency}.</source>
        <translation>{client} paga em {currency}; registre o valor que chegou em {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="105"/>
        <source>That invoice is not one of {client}&apos;s; choose one of theirs or none.</source>
        <translation>Essa fatura não é de {client}; escolha uma dele ou nenhuma.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="106"/>
        <source>An invoice&apos;s number and note are limited to {limit} characters.</source>
        <translation>O número e a nota de uma fatura são limitados a {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="107"/>
        <source>An expense&apos;s category is one of {kinds}; not {kind!r}.</source>
        <translation>A categoria de uma despesa é uma de {kinds}; não {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="108"/>
        <source>An expense&apos;s note is limited to {limit} characters.</source>
        <translation>A nota de uma despesa é limitada a {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="109"/>
        <source>There is no evidence #{id} in your records; keep the receipt with `evidence add` first, then name its number.</source>
        <translation>Não há evidência #{id} nos seus registros; guarde primeiro o recibo com `evidence add` e depois indique o número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="111"/>
        <source>Distance is in km or mi, not {unit!r}.</source>
        <translation>A distância é em km ou mi, não em {unit!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="112"/>
        <source>A trip of more than {most} {unit} in a day is not believable; check the number.</source>
        <translation>Uma viagem de mais de {most} {unit} em um dia não é plausível; verifique o número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="113"/>
        <source>A distance has at most {places} decimal places.</source>
        <translation>Uma distância tem no máximo {places} casas decimais.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="114"/>
        <source>A trip&apos;s note is limited to {limit} characters.</source>
        <translation>A nota de uma viagem é limitada a {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="115"/>
        <source>A rate converts between two currencies: {base} to {base} is not one.</source>
        <translation>Uma taxa de câmbio converte entre duas moedas: de {base} para {base} não é uma.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="116"/>
        <source>Rate {rate} is not a positive number of {target} for 1 {base}.</source>
        <translation>A taxa {rate} não é um número positivo de {target} por 1 {base}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="117"/>
        <source>Rate {rate} has more than 10 decimal places.</source>
        <translation>A taxa {rate} tem mais de 10 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="118"/>
        <source>A rate from {base} to {target} on {on} is already recorded (see `rate list`).</source>
        <translation>Já há uma taxa de {base} para {target} registrada em {on} (veja `rate list`).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="119"/>
        <source>{amount} cannot be {client}&apos;s payment: they pay in {currency}.</source>
        <translation>{amount} não pode ser um pagamento de {client}: ele paga em {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="120"/>
        <source>That invoice is not one of {client}&apos;s in {currency}.</source>
        <translation>Essa fatura não é uma das de {client} em {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="121"/>
        <source>Statement payment {id} does not exist.</source>
        <translation>O pagamento do extrato {id} não existe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="122"/>
        <source>{format!r} statements need no column mapping.</source>
        <translation>Extratos {format!r} não precisam de mapeamento de colunas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="123"/>
        <source>Unknown statement format {format!r}: use one of {formats}.</source>
        <translation>Formato de extrato desconhecido {format!r}: use um de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="124"/>
        <source>No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (date, amount and id needed).</source>
        <translation>Ainda não há mapeamento de colunas salvo para {name!r}: informe um com --map FIELD=COLUMN para os campos {fields} (date, amount e id são necessários).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="126"/>
        <source>Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _.</source>
        <translation>Nome de origem {source!r}: use até 60 letras, dígitos, espaços, pontos, hífens ou _.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="128"/>
        <source>There is already a file at {path}; nothing was written. Choose another name.</source>
        <translation>Já existe um arquivo em {path}; nada foi gravado. Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="129"/>
        <source>The backup could not be written to {folder} ({reason}). Your records are safe and unchanged.</source>
        <translation>Não foi possível gravar o backup em {folder} ({reason}). Seus registros estão seguros e inalterados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="131"/>
        <source>Keep between 0 and {most} backups per period, not {value}.</source>
        <translation>Mantenha entre 0 e {most} backups por período, não {value}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="132"/>
        <source>The backup folder must be a full path, like /home/you/Backups, not {folder!r}.</source>
        <translation>A pasta de backup deve ser um caminho completo, como /home/you/Backups, não {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="133"/>
        <source>Cannot make the folder {folder}: {reason}. Nothing was written.</source>
        <translation>Não é possível criar a pasta {folder}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="134"/>
        <source>Evidence #{id} does not match its fingerprint; run `verify`. The export was not written.</source>
        <translation>A evidência #{id} não corresponde à sua impressão digital; execute `verify`. A exportação não foi gravada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="136"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>Não é possível gravar {path}: {reason}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="137"/>
        <source>{path} is a folder; give a file name. Nothing was written.</source>
        <translation>{path} é uma pasta; informe um nome de arquivo. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="138"/>
        <source>Choose a place outside your records folder ({folder}); nothing was written.</source>
        <translation>Escolha um local fora da pasta dos seus registros ({folder}); nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="139"/>
        <source>Give a file name in an existing folder, not {path}. Nothing was written.</source>
        <translation>Informe um nome de arquivo em uma pasta existente, não {path}. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="140"/>
        <source>Choose a place outside your records folder ({folder}). Nothing was written.</source>
        <translation>Escolha um local fora da pasta dos seus registros ({folder}). Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="141"/>
        <source>The password must have at least {count} characters.</source>
        <translation>A senha deve ter pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="142"/>
        <source>There are already records in {folder}; nothing was changed.</source>
        <translation>Já há registros em {folder}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="143"/>
        <source>No records found in {folder}. Create them with `contractor-app init`.</source>
        <translation>Nenhum registro encontrado em {folder}. Crie-os com `contractor-app init`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="144"/>
        <source>Updating your records to this version of the app failed ({error}); they were left exactly as they were. Please report this, and keep using the previous version meanwhile.</source>
        <translation>A atualização dos seus registros para esta versão do aplicativo falhou ({error}); eles ficaram exatamente como estavam. Relate o problema e, enquanto isso, continue usando a versão anterior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="148"/>
        <source>No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (start, and end or duration, needed).</source>
        <translation>Ainda não há mapeamento de colunas salvo para {source!r}: informe um com --map FIELD=COLUMN para os campos {fields} (start, e end ou duration, são necessários).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="150"/>
        <source>Unknown import format {format!r}: use one of {formats}.</source>
        <translation>Formato de importação desconhecido {format!r}: use um de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="151"/>
        <source>{name}, {where}: no client. Choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name}, {where}: sem cliente. Escolha o cliente destes lançamentos com --client NAME. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="153"/>
        <source>{name} has no clients: choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name} não tem clientes: escolha o cliente destes lançamentos com --client NAME. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="155"/>
        <source>{name} names clients that are not in your records: {listed} and {more} more. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} cita clientes que não estão nos seus registros: {listed} e mais {more}. Adicione cada um com `contractor-app client add NAME --rate ...`, ou coloque todos os lançamentos em um cliente com --client NAME. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="158"/>
        <source>{name} names clients that are not in your records: {listed}. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} cita clientes que não estão nos seus registros: {listed}. Adicione cada um com `contractor-app client add NAME --rate ...`, ou coloque todos os lançamentos em um cliente com --client NAME. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="161"/>
        <source>{client} has no engagement to import into. Nothing was imported.</source>
        <translation>{client} não tem nenhum projeto para importar. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="162"/>
        <source>Unknown mapping field {field!r}: use {fields}.</source>
        <translation>Campo de mapeamento desconhecido {field!r}: use {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="163"/>
        <source>The mapping of {name!r} must name a column.</source>
        <translation>O mapeamento de {name!r} deve indicar uma coluna.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="164"/>
        <source>--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin).</source>
        <translation>--map {pair!r} não é FIELD=COLUMN (p. ex. --map start=Begin).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="165"/>
        <source>{file} has no column {name!r} (columns: {columns}). Nothing was imported.</source>
        <translation>{file} não tem a coluna {name!r} (colunas: {columns}). Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="166"/>
        <source>{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported.</source>
        <translation>{name} não é um arquivo GPX legível ({problem}, linha {line}). Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="167"/>
        <source>{name} has no track with two points or more; nothing to measure. Nothing was imported.</source>
        <translation>{name} não tem nenhuma trilha com dois pontos ou mais; nada a medir. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="169"/>
        <source>{name}: {track} has points without a time, so its days cannot be told; record the trip by hand with `distance add`. Nothing was imported.</source>
        <translation>{name}: {track} tem pontos sem horário, então não é possível saber os dias; registre a viagem à mão com `distance add`. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="171"/>
        <source>The mapping needs {fields}.</source>
        <translation>O mapeamento precisa de {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="172"/>
        <source>{name}: no column is chosen as the currency; say which client the payments are from (their currency is used) or choose the currency column. Nothing was imported.</source>
        <translation>{name}: nenhuma coluna foi escolhida como moeda; diga de qual cliente são os pagamentos (a moeda dele é usada) ou escolha a coluna de moeda. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="174"/>
        <source>{name} is not a zip file that can be read ({error}). Nothing was added.</source>
        <translation>{name} não é um arquivo zip legível ({error}). Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="176"/>
        <source>This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); nothing was added. Link that one with `evidence link {id}`.</source>
        <translation>Este arquivo já está guardado como evidência #{id} ({name!r}, adicionada em {added:%d/%m/%Y}); nada foi adicionado. Vincule essa com `evidence link {id}`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="178"/>
        <source>File type {media_type!r} is not understood: use a form like application/pdf or image/png.</source>
        <translation>Tipo de arquivo {media_type!r} não compreendido: use uma forma como application/pdf ou image/png.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="180"/>
        <source>Evidence #{id} is not linked to {records}; nothing was changed.</source>
        <translation>A evidência #{id} não está vinculada a {records}; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="181"/>
        <source>{name!r} is the written contract on file for {client}: change that in Clients first. Nothing was changed.</source>
        <translation>{name!r} é o contrato escrito arquivado de {client}: altere isso primeiro em Clientes. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="183"/>
        <source>{path} already exists; choose a new file name. Nothing was written.</source>
        <translation>{path} já existe; escolha um novo nome de arquivo. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="184"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>A pasta {folder} não existe. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="185"/>
        <source>{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller copy or split it. Nothing was added.</source>
        <translation>{name} tem mais de {mb} MB, o máximo de uma evidência; guarde uma cópia menor ou divida-o. Nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="187"/>
        <source>An evidence name is one line of at most {limit} characters.</source>
        <translation>O nome de uma evidência é uma linha de no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="188"/>
        <source>Evidence can be linked to {kinds}, not {entity!r}.</source>
        <translation>A evidência pode ser vinculada a {kinds}, não a {entity!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="189"/>
        <source>There is no evidence #{id} in your records; `evidence list` shows it all.</source>
        <translation>Não há evidência #{id} nos seus registros; `evidence list` mostra todas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="190"/>
        <source>How the anchor went must be one of {hows}, not {how!r}.</source>
        <translation>Como a âncora foi enviada deve ser um de {hows}, não {how!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="191"/>
        <source>Where the anchor went is at most {limit} characters.</source>
        <translation>Para onde a âncora foi tem no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="192"/>
        <source>This time stamp is already kept with anchor {code}.</source>
        <translation>Este carimbo de tempo já está guardado com a âncora {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="193"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Não é possível ler {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="194"/>
        <source>No anchor {code!r} in these records: `anchor list` shows them.</source>
        <translation>Nenhuma âncora {code!r} nestes registros: `anchor list` as mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="195"/>
        <source>The CA file {name} cannot be read: {reason}.</source>
        <translation>Não é possível ler o arquivo de CA {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="196"/>
        <source>The CA file {name} is too large to be a certificate bundle.</source>
        <translation>O arquivo de CA {name} é grande demais para ser um pacote de certificados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="197"/>
        <source>The CA file {name} holds no readable certificate (PEM or DER).</source>
        <translation>O arquivo de CA {name} não contém nenhum certificado legível (PEM ou DER).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="198"/>
        <source>The authority did not grant this time stamp (status: {status}).</source>
        <translation>A autoridade não concedeu este carimbo de tempo (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="199"/>
        <source>The time stamp uses a digest this app does not accept ({algorithm}).</source>
        <translation>O carimbo de tempo usa um resumo que este aplicativo não aceita ({algorithm}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="201"/>
        <source>Paper must be a4 or letter, not {paper!r}.</source>
        <translation>O papel deve ser a4 ou letter, não {paper!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="202"/>
        <source>Cannot read {name}: {reason}. Nothing was changed.</source>
        <translation>Não é possível ler {name}: {reason}. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="203"/>
        <source>Unknown report {kind!r}: choose one of {kinds}.</source>
        <translation>Relatório desconhecido {kind!r}: escolha um de {kinds}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="204"/>
        <source>A {kind} report is about one client: add --client NAME.</source>
        <translation>Um relatório {kind} é sobre um único cliente: adicione --client NAME.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="205"/>
        <source>Nothing recorded for {client!r} in this period.</source>
        <translation>Nada registrado para {client!r} neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="206"/>
        <source>Reports can be written in {languages}, not {code!r}.</source>
        <translation>Os relatórios podem ser escritos em {languages}, não em {code!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="208"/>
        <source>Paper size must be one of {sizes}, not {choice!r}.</source>
        <translation>O tamanho do papel deve ser um de {sizes}, não {choice!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="209"/>
        <source>The password must have at least {count} characters. Nothing was changed.</source>
        <translation>A senha deve ter pelo menos {count} caracteres. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="210"/>
        <source>The saved column mapping of {source!r} is damaged; give it again with --map.</source>
        <translation>O mapeamento de colunas salvo de {source!r} está danificado; informe-o de novo com --map.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="211"/>
        <source>The address is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>O endereço é longo demais: mantenha-o abaixo de {limit} caracteres. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="212"/>
        <source>The contact is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>O contato é longo demais: mantenha-o abaixo de {limit} caracteres. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="214"/>
        <source>Data record #{id} is about data {direction}, not {wanted}; nothing was changed. Add a new record instead.</source>
        <translation>O registro de dados #{id} é sobre dados {direction}, não {wanted}; nada foi alterado. Adicione um novo registro em vez disso.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="216"/>
        <source>Direction must be handled or collected, not {direction!r}.</source>
        <translation>A direção deve ser handled ou collected, não {direction!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="217"/>
        <source>There is no data record #{id} in your records; `data list` shows them.</source>
        <translation>Não há registro de dados #{id} nos seus registros; `data list` os mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="218"/>
        <source>{what} is limited to {limit:,} characters.</source>
        <translation>{what}: o limite é de {limit:,} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="219"/>
        <source>Give at most {most} of them; group similar kinds of data together.</source>
        <translation>Informe no máximo {most}; agrupe os tipos de dados parecidos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="220"/>
        <source>{what} {value!r} is not one of: {allowed}.</source>
        <translation>{what}: {value!r} não é nenhum destes: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="221"/>
        <source>{day} is in the future; record what has already happened (leave the end date empty while it goes on).</source>
        <translation>{day} está no futuro; registre o que já aconteceu (deixe a data de fim vazia enquanto continuar).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="223"/>
        <source>Say which law the request is made under ({laws}): {client}&apos;s jurisdiction does not tell.</source>
        <translation>Diga sob qual lei a solicitação é feita ({laws}): a jurisdição de {client} não indica.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="225"/>
        <source>The answer cannot come before the request was sent ({sent_on}).</source>
        <translation>A resposta não pode ser anterior ao envio da solicitação ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="226"/>
        <source>The extension cannot come before the request was sent ({sent_on}).</source>
        <translation>A prorrogação não pode ser anterior ao envio da solicitação ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="227"/>
        <source>There is no access request #{id} in your records; `dsar list` shows them.</source>
        <translation>Não há solicitação de acesso #{id} nos seus registros; `dsar list` as mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="228"/>
        <source>The steps taken are limited to {limit:,} characters in all.</source>
        <translation>As medidas tomadas são limitadas a {limit:,} caracteres no total.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="229"/>
        <source>The time spent is limited to {hours:,} hours.</source>
        <translation>O tempo gasto é limitado a {hours:,} horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="230"/>
        <source>{folder} is not a folder of share files.</source>
        <translation>{folder} não é uma pasta de arquivos de compartilhamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="231"/>
        <source>{folder} holds more than {most:,} share files; summarise them in parts.</source>
        <translation>{folder} contém mais de {most:,} arquivos de compartilhamento; resuma-os em partes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="232"/>
        <source>There is no incident #{id} in your records; `incident list` shows them.</source>
        <translation>Não há incidente #{id} nos seus registros; `incident list` os mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="233"/>
        <source>No access request to {client} needs a follow-up on {as_of}: none is past its deadline without an answer, or answered in part. `dsar list` shows them.</source>
        <translation>Nenhuma solicitação de acesso a {client} precisa de acompanhamento em {as_of}: nenhuma passou do prazo sem resposta nem foi respondida em parte. `dsar list` as mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="236"/>
        <source>Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP.</source>
        <translation>Código de moeda desconhecido {code!r}: use um código ISO 4217 como USD, EUR ou GBP.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="237"/>
        <source>Unknown category {name!r}: choose one of {categories}.</source>
        <translation>Categoria desconhecida {name!r}: escolha uma de {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="238"/>
        <source>Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, CA-ON) or a city (US-NY-NYC).</source>
        <translation>Jurisdição {code!r} não compreendida: use um país (US, GB), uma região (US-CA, CA-ON) ou uma cidade (US-NY-NYC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="240"/>
        <source>{category!r} for {client} is not a kind of work; use one of: {categories}.</source>
        <translation>{category!r} para {client} não é um tipo de trabalho; use um de: {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="242"/>
        <source>{folder} is not a folder. Choose the folder your sync tool keeps in step.</source>
        <translation>{folder} não é uma pasta. Escolha a pasta que sua ferramenta de sincronização mantém em dia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="243"/>
        <source>No single paired device is {device!r}; `sync status` lists them.</source>
        <translation>Nenhum único dispositivo pareado é {device!r}; `sync status` os lista.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="244"/>
        <source>Syncing stopped: a change from another computer does not fit the records here ({error}). Nothing was changed; `sync conflicts` and `sync status` show the state.</source>
        <translation>A sincronização parou: uma alteração de outro computador não se encaixa nos registros daqui ({error}). Nada foi alterado; `sync conflicts` e `sync status` mostram o estado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="246"/>
        <source>The sync folder {folder} is not there (a drive not connected?). Nothing was changed.</source>
        <translation>A pasta de sincronização {folder} não está lá (um disco não conectado?). Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="248"/>
        <source>No conflict #{id}; `sync conflicts` lists them.</source>
        <translation>Não há conflito #{id}; `sync conflicts` os lista.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="254"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Senha errada. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="255"/>
        <source>Your records are locked. Unlock them first.</source>
        <translation>Seus registros estão bloqueados. Desbloqueie-os primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="256"/>
        <source>Your records are busy in another window. Nothing was changed; try again.</source>
        <translation>Seus registros estão ocupados em outra janela. Nada foi alterado; tente de novo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="257"/>
        <source>That recovery key does not open these records. Nothing was changed.</source>
        <translation>Essa chave de recuperação não abre estes registros. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="258"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>A senha atual está errada. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="259"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Essa chave de recuperação não abre este backup. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="260"/>
        <source>The timer is not running.</source>
        <translation>O cronômetro não está rodando.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="261"/>
        <source>The entry ends in the future; log work once it is done, or use the timer.</source>
        <translation>O lançamento termina no futuro; registre o trabalho quando estiver feito, ou use o cronômetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="262"/>
        <source>Breaks must be shorter than the entry itself.</source>
        <translation>As pausas devem ser mais curtas que o próprio lançamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="263"/>
        <source>An entry is linked to a payment; remove that link first. Nothing was deleted.</source>
        <translation>Um lançamento está vinculado a um pagamento; remova esse vínculo primeiro. Nada foi excluído.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="264"/>
        <source>This is one of the 10,000 most common passwords, the first ones anyone who has your files tries. Choose another: a few unrelated words make a strong password. Nothing was changed.</source>
        <translation>Esta é uma das 10.000 senhas mais comuns, as primeiras que qualquer pessoa com seus arquivos tenta. Escolha outra: algumas palavras sem relação formam uma senha forte. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="268"/>
        <source>Wrong password for this backup: it opens with the password you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Senha incorreta para este backup: ele abre com a senha que você tinha quando foi feito, ou com sua chave de recuperação. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="270"/>
        <source>This restore was already finished or thrown away; nothing was changed. Start it again.</source>
        <translation>Esta restauração já foi concluída ou descartada; nada foi alterado. Comece de novo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="272"/>
        <source>Your records are still open here. Lock them, then restore again. Nothing was changed.</source>
        <translation>Seus registros ainda estão abertos aqui. Bloqueie-os e restaure de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="274"/>
        <source>Your records are open in another window. Close it, then restore again. Nothing was changed.</source>
        <translation>Seus registros estão abertos em outra janela. Feche-a e restaure de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="276"/>
        <source>This backup was made by a newer version of Contractor Ledger; update the app to open it. Nothing was changed.</source>
        <translation>Este backup foi feito por uma versão mais recente do Contractor Ledger; atualize o aplicativo para abri-lo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="278"/>
        <source>A rate of zero is not a rate; leave the rate out if the work is unpaid.</source>
        <translation>Uma taxa de zero não é uma taxa; deixe a taxa de fora se o trabalho não for pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="279"/>
        <source>The mapping needs start=COLUMN.</source>
        <translation>O mapeamento precisa de start=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="280"/>
        <source>The mapping needs end=COLUMN or duration=COLUMN.</source>
        <translation>O mapeamento precisa de end=COLUMN ou duration=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="281"/>
        <source>This file is not a readable time-stamp response (.tsr): it is damaged, or something else.</source>
        <translation>Este arquivo não é uma resposta de carimbo de tempo (.tsr) legível: está danificado, ou é outra coisa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="283"/>
        <source>The time-stamp token does not carry its signer&apos;s certificate (ask the authority for it with the request&apos;s certificate flag, which the app sets).</source>
        <translation>O token do carimbo de tempo não traz o certificado de quem o assinou (peça-o à autoridade com a opção de certificado da solicitação, que o aplicativo define).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="285"/>
        <source>The time-stamping authority is not one you trust: its certificate does not chain to the CA file given (or the system&apos;s).</source>
        <translation>A autoridade de carimbo de tempo não é confiável para você: seu certificado não se encadeia ao arquivo de CA informado (nem ao do sistema).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="287"/>
        <source>This file is too large to be a time-stamp response.</source>
        <translation>Este arquivo é grande demais para ser uma resposta de carimbo de tempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="288"/>
        <source>The time-stamp token is not signed data.</source>
        <translation>O token do carimbo de tempo não é um dado assinado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="289"/>
        <source>The time-stamp token does not hold time-stamp information.</source>
        <translation>O token do carimbo de tempo não contém informações de carimbo de tempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="290"/>
        <source>This time stamp is for something else: its message imprint is not this anchor&apos;s.</source>
        <translation>Este carimbo de tempo é de outra coisa: sua impressão da mensagem não é a desta âncora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="291"/>
        <source>A time-stamp token has exactly one signer; this one does not.</source>
        <translation>Um token de carimbo de tempo tem exatamente um signatário; este não.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="292"/>
        <source>The certificate that signed this time stamp is not one for time-stamping.</source>
        <translation>O certificado que assinou este carimbo de tempo não é de carimbo de tempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="293"/>
        <source>The time-stamping certificate was not valid at the time it stamped.</source>
        <translation>O certificado de carimbo de tempo não era válido no momento em que carimbou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="294"/>
        <source>The time stamp&apos;s signature covers no signed attributes.</source>
        <translation>A assinatura do carimbo de tempo não cobre atributos assinados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="295"/>
        <source>The time stamp&apos;s signed attributes do not name time-stamp information.</source>
        <translation>Os atributos assinados do carimbo de tempo não indicam informações de carimbo de tempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="296"/>
        <source>The time stamp was altered: its information does not match what was signed.</source>
        <translation>O carimbo de tempo foi alterado: suas informações não correspondem ao que foi assinado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="297"/>
        <source>No system certificate bundle was found: give the authority&apos;s CA file with --ca.</source>
        <translation>Nenhum pacote de certificados do sistema foi encontrado: informe o arquivo de CA da autoridade com --ca.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="298"/>
        <source>The time stamp&apos;s signature does not verify: it was altered or forged.</source>
        <translation>A assinatura do carimbo de tempo não confere: foi alterada ou forjada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="299"/>
        <source>The time stamp is signed with a kind of key this app does not accept.</source>
        <translation>O carimbo de tempo está assinado com um tipo de chave que este aplicativo não aceita.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="300"/>
        <source>This file is too large to be a Contractor Ledger report.</source>
        <translation>Este arquivo é grande demais para ser um relatório do Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="301"/>
        <source>This file does not carry a Contractor Ledger signature: it was altered, or not made by Contractor Ledger.</source>
        <translation>Este arquivo não traz uma assinatura do Contractor Ledger: foi alterado, ou não foi feito pelo Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="303"/>
        <source>The report&apos;s signed data is not what Contractor Ledger writes: it was not made by it.</source>
        <translation>Os dados assinados do relatório não são o que o Contractor Ledger escreve: não foi feito por ele.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="305"/>
        <source>The report&apos;s signed data is unreadable: the file was altered.</source>
        <translation>Os dados assinados do relatório estão ilegíveis: o arquivo foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="306"/>
        <source>The report was altered after it was made: its signature does not match.</source>
        <translation>O relatório foi alterado depois de feito: sua assinatura não confere.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="307"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>Não pode ter sido recebida antes de ser enviada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="308"/>
        <source>Say what the answer left out: the follow-up letter names it.</source>
        <translation>Diga o que a resposta deixou de fora: a carta de acompanhamento o cita.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="309"/>
        <source>A complete answer has nothing missing; leave out what was missing, or mark it incomplete.</source>
        <translation>Uma resposta completa não tem nada faltando; tire o que faltava, ou marque-a como incompleta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="311"/>
        <source>A bonus is a positive amount; record a reduction as an adjustment.</source>
        <translation>Um bônus é um valor positivo; registre uma redução como um ajuste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="312"/>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Um ajuste de zero não muda nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="313"/>
        <source>This time stamp is for none of your anchors: it stamps something else.</source>
        <translation>Este carimbo de tempo não é de nenhuma das suas âncoras: carimba outra coisa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="314"/>
        <source>A new password can only be set when restoring with the recovery key.</source>
        <translation>Uma nova senha só pode ser definida ao restaurar com a chave de recuperação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="315"/>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>O nome de arquivo do pacote deve terminar em .zip.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="316"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Capturar evidência funciona enquanto o cronômetro está rodando; inicie o cronômetro primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="317"/>
        <source>The screen image is not a PNG image; nothing was kept.</source>
        <translation>A imagem da tela não é uma imagem PNG; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="318"/>
        <source>A client needs a name; nothing was changed.</source>
        <translation>Um cliente precisa de um nome; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="319"/>
        <source>Payment terms must be between 0 and 365 days; nothing was changed.</source>
        <translation>O prazo de pagamento deve ficar entre 0 e 365 dias; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="320"/>
        <source>The workweek starts on a day from Monday (0) to Sunday (6).</source>
        <translation>A semana de trabalho começa em um dia de segunda (0) a domingo (6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="321"/>
        <source>A contract file can only be linked while the contract is marked as on file.</source>
        <translation>Um arquivo de contrato só pode ser vinculado enquanto o contrato estiver marcado como arquivado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="322"/>
        <source>A client needs a name.</source>
        <translation>Um cliente precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="323"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>O prazo de pagamento deve ficar entre 0 e 365 dias.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="324"/>
        <source>A workday starts between 00:01 and 23:59, or at midnight.</source>
        <translation>Um dia de trabalho começa entre 00:01 e 23:59, ou à meia-noite.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="325"/>
        <source>An engagement needs a name, such as the project or contract; nothing was changed.</source>
        <translation>Um projeto precisa de um nome, como o do trabalho ou contrato; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="326"/>
        <source>A rate must be more than zero; nothing was changed.</source>
        <translation>Uma taxa deve ser maior que zero; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="327"/>
        <source>The platform fee is a percentage from 0 to 100; nothing was changed.</source>
        <translation>A taxa da plataforma é uma porcentagem de 0 a 100; nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="328"/>
        <source>Name the unit of work with one word, such as task or item.</source>
        <translation>Nomeie a unidade de trabalho com uma palavra, como task ou item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="329"/>
        <source>The timer would stop before it started, or ran less than a second; check the time.</source>
        <translation>O cronômetro pararia antes de começar, ou rodou menos de um segundo; verifique a hora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="330"/>
        <source>Say which link to take off: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Diga qual vínculo remover: um cliente, um lançamento, um pagamento, uma fatura ou um incidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="332"/>
        <source>Evidence needs a name, e.g. contract.pdf.</source>
        <translation>A evidência precisa de um nome, p. ex. contract.pdf.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="333"/>
        <source>Evidence given as bytes needs a name.</source>
        <translation>A evidência dada como bytes precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="334"/>
        <source>Say what to link it to: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Diga a que vinculá-la: um cliente, um lançamento, um pagamento, uma fatura ou um incidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="335"/>
        <source>The expense date is in the future; record an expense once you have paid it.</source>
        <translation>A data da despesa está no futuro; registre uma despesa depois de pagá-la.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="336"/>
        <source>An expense of zero costs nothing; give the amount you paid.</source>
        <translation>Uma despesa de zero não custa nada; informe o valor que você pagou.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="337"/>
        <source>The client of a deleted expense no longer exists; it cannot be put back.</source>
        <translation>O cliente de uma despesa excluída não existe mais; ela não pode ser restaurada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="338"/>
        <source>A generic CSV import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Uma importação CSV genérica precisa de --source NAME: o mapeamento de colunas é salvo com esse nome.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="339"/>
        <source>Nothing to change: give a new status, the steps you took, the costs or the time spent.</source>
        <translation>Nada a alterar: informe um novo status, as medidas que você tomou, os custos ou o tempo gasto.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="341"/>
        <source>Costs need a currency, e.g. USD or EUR.</source>
        <translation>Os custos precisam de uma moeda, p. ex. USD ou EUR.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="342"/>
        <source>Give the time spent in whole minutes.</source>
        <translation>Informe o tempo gasto em minutos inteiros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="343"/>
        <source>The time spent cannot be negative.</source>
        <translation>O tempo gasto não pode ser negativo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="344"/>
        <source>Name the company involved (or the client it concerns).</source>
        <translation>Nomeie a empresa envolvida (ou o cliente a que se refere).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="345"/>
        <source>A currency was given without the costs; give the amount too, or no currency.</source>
        <translation>Uma moeda foi informada sem os custos; informe também o valor, ou nenhuma moeda.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="346"/>
        <source>An invoice covers a period with both ends: FROM..TO.</source>
        <translation>Uma fatura cobre um período com as duas pontas: DE..ATÉ.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="347"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>O vencimento é antes do fim do trabalho cobrado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="348"/>
        <source>A payment is linked to this invoice; it cannot move to another client. Nothing was changed.</source>
        <translation>Há um pagamento vinculado a esta fatura; ela não pode passar para outro cliente. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="350"/>
        <source>A payment is linked to this invoice; edit that payment first. Nothing was deleted.</source>
        <translation>Há um pagamento vinculado a esta fatura; edite primeiro esse pagamento. Nada foi excluído.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="351"/>
        <source>That statement payment is already matched; undo that match first.</source>
        <translation>Esse pagamento do extrato já está conciliado; desfaça essa conciliação primeiro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="352"/>
        <source>That match was changed since; nothing was undone.</source>
        <translation>Essa conciliação foi alterada desde então; nada foi desfeito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="353"/>
        <source>The payment date is in the future; record a payment once it has arrived.</source>
        <translation>A data do pagamento está no futuro; registre um pagamento depois que ele chegar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="354"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Taxas e descontos somam mais que o valor pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="355"/>
        <source>This payment is linked to entries of its client; it cannot move to another client. Nothing was changed.</source>
        <translation>Este pagamento está vinculado a lançamentos do seu cliente; ele não pode passar para outro cliente. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="357"/>
        <source>Name at least one kind of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Nomeie pelo menos um tipo de dado que você tratou, p. ex. gravações de áudio ou registros de chat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="358"/>
        <source>Name the tool or system that collected it, e.g. Hubstaff, or &quot;unknown&quot;.</source>
        <translation>Nomeie a ferramenta ou o sistema que os coletou, p. ex. Hubstaff, ou &quot;unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="359"/>
        <source>The report&apos;s signed data is incomplete.</source>
        <translation>Os dados assinados do relatório estão incompletos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="360"/>
        <source>A minimum wage must be a positive amount with at most 4 decimal places.</source>
        <translation>Um salário mínimo deve ser um valor positivo com no máximo 4 casas decimais.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="361"/>
        <source>Give the first and last day to share (--from and --to).</source>
        <translation>Informe o primeiro e o último dia a compartilhar (--from e --to).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="362"/>
        <source>A payments-csv import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Uma importação payments-csv precisa de --source NAME: o mapeamento de colunas é salvo com esse nome.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="363"/>
        <source>No device in that folder opens with this pairing code: check the code (`sync code` shows it on the first computer) and that the folder is the one it syncs. Nothing was changed.</source>
        <translation>Nenhum dispositivo nessa pasta abre com este código de pareamento: verifique o código (`sync code` o mostra no primeiro computador) e se a pasta é a que ele sincroniza. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="366"/>
        <source>Say which computer to remove: its name or id, as `sync status` lists them.</source>
        <translation>Diga qual computador remover: seu nome ou id, como `sync status` os lista.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="367"/>
        <source>Give this computer a short name (up to 60 characters), e.g. &quot;laptop&quot;.</source>
        <translation>Dê a este computador um nome curto (até 60 caracteres), p. ex. &quot;notebook&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="368"/>
        <source>Choose which version to keep: mine or theirs.</source>
        <translation>Escolha qual versão manter: mine ou theirs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="369"/>
        <source>No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, `sync join FOLDER --code CODE` on the others.</source>
        <translation>Nenhuma pasta de sincronização está configurada neste computador: `sync setup FOLDER` no primeiro, `sync join FOLDER --code CODE` nos outros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="371"/>
        <source>That is not a pairing code: it is 52 letters and digits in groups of four, shown on the first computer by `sync code`.</source>
        <translation>Isso não é um código de pareamento: são 52 letras e dígitos em grupos de quatro, mostrados no primeiro computador por `sync code`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="373"/>
        <source>This computer already uses a sync folder; `sync status` shows it.</source>
        <translation>Este computador já usa uma pasta de sincronização; `sync status` a mostra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="374"/>
        <source>A trip&apos;s distance is more than zero.</source>
        <translation>A distância de uma viagem é maior que zero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="375"/>
        <source>The trip date is in the future; record a trip once you have made it.</source>
        <translation>A data da viagem está no futuro; registre uma viagem depois de fazê-la.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="376"/>
        <source>The client of a deleted trip no longer exists; it cannot be put back.</source>
        <translation>O cliente de uma viagem excluída não existe mais; ela não pode ser restaurada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="377"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Isso não é uma chave de recuperação: ela tem 32 letras e dígitos em grupos de quatro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="378"/>
        <source>These records were made by a newer version of Contractor Ledger; update the app.</source>
        <translation>Estes registros foram feitos por uma versão mais recente do Contractor Ledger; atualize o aplicativo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="379"/>
        <source>Your records are open twice here. Close the other one, then try again. Nothing was changed.</source>
        <translation>Seus registros estão abertos duas vezes aqui. Feche o outro e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="381"/>
        <source>Your records are open in another window. Close it, then try again. Nothing was changed.</source>
        <translation>Seus registros estão abertos em outra janela. Feche-a e tente de novo. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="390"/>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="391"/>
        <source>contents</source>
        <translation>conteúdo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="392"/>
        <source>cut short</source>
        <translation>cortado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="393"/>
        <source>start of file</source>
        <translation>início do arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="394"/>
        <source>end of file</source>
        <translation>fim do arquivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="395"/>
        <source>extra bytes at the end</source>
        <translation>bytes a mais no fim</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="396"/>
        <source>key file</source>
        <translation>arquivo de chave</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="397"/>
        <source>key file missing</source>
        <translation>arquivo de chave ausente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="398"/>
        <source>database</source>
        <translation>banco de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="399"/>
        <source>database file missing</source>
        <translation>arquivo do banco de dados ausente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="400"/>
        <source>database structure</source>
        <translation>estrutura do banco de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="401"/>
        <source>truncated file</source>
        <translation>arquivo truncado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="402"/>
        <source>restore journal</source>
        <translation>diário de restauração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="403"/>
        <source>It is not readable.</source>
        <translation>Não é legível.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="404"/>
        <source>Its checksum does not match.</source>
        <translation>Sua soma de verificação não confere.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="405"/>
        <source>It is not a Contractor Ledger backup header.</source>
        <translation>Não é um cabeçalho de backup do Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="406"/>
        <source>A field is missing or malformed.</source>
        <translation>Um campo está ausente ou malformado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="407"/>
        <source>It does not start like a Contractor Ledger backup.</source>
        <translation>Não começa como um backup do Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="408"/>
        <source>The file ends inside its header.</source>
        <translation>O arquivo termina dentro do cabeçalho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="409"/>
        <source>The file ends early; copying or syncing it may not have finished.</source>
        <translation>O arquivo termina antes do esperado; a cópia ou sincronização pode não ter terminado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="410"/>
        <source>Something was added after its last part.</source>
        <translation>Algo foi adicionado depois da última parte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="411"/>
        <source>Its end does not belong to its header.</source>
        <translation>O fim não corresponde ao cabeçalho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="412"/>
        <source>Its stated length is impossible.</source>
        <translation>O tamanho declarado é impossível.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="413"/>
        <source>Its key settings are missing or out of range.</source>
        <translation>As configurações de chave estão ausentes ou fora do intervalo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="414"/>
        <source>Its list of contents is malformed.</source>
        <translation>A lista de conteúdo está malformada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="415"/>
        <source>Its list of contents fails its check.</source>
        <translation>A lista de conteúdo falha na verificação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="416"/>
        <source>It fails its check.</source>
        <translation>Falha na verificação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="417"/>
        <source>The database inside differs from the one that was backed up.</source>
        <translation>O banco de dados dentro dele difere do que foi copiado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="418"/>
        <source>Its date is not a date.</source>
        <translation>A data não é uma data.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="419"/>
        <source>It is far larger than a key file.</source>
        <translation>É muito maior que um arquivo de chave.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="420"/>
        <source>It is not a readable key file.</source>
        <translation>Não é um arquivo de chave legível.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="421"/>
        <source>The database is there but its key file is not.</source>
        <translation>O banco de dados está lá, mas o arquivo de chave não.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="422"/>
        <source>The key file is there but the database is not.</source>
        <translation>O arquivo de chave está lá, mas o banco de dados não.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="423"/>
        <source>Its record of the latest change fails its check.</source>
        <translation>O registro da última alteração falha na verificação.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="424"/>
        <source>Its schema version is missing.</source>
        <translation>A versão do esquema está ausente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="425"/>
        <source>An upgrade would break links between records.</source>
        <translation>Uma atualização quebraria os vínculos entre registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="426"/>
        <source>it is a symbolic link; give the answer&apos;s zip or folder itself</source>
        <translation>é um link simbólico; indique o próprio zip ou pasta da resposta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="427"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="429"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="430"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="431"/>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="432"/>
        <source>Deductions</source>
        <translation>Deduções</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="433"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="434"/>
        <source>Fixed price</source>
        <translation>Preço fixo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="435"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="436"/>
        <source>entry</source>
        <translation>lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="437"/>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="438"/>
        <source>invoice</source>
        <translation>fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="439"/>
        <source>expense</source>
        <translation>despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="440"/>
        <source>trip</source>
        <translation>viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="441"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="442"/>
        <source>data record</source>
        <translation>registro de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="443"/>
        <source> Close it instead if it is over.</source>
        <translation> Se já terminou, encerre-o em vez disso.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="445"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="446"/>
        <source>engagement</source>
        <translation>projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="447"/>
        <source>evidence</source>
        <translation>evidência</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="448"/>
        <source>The address</source>
        <translation>O endereço</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="449"/>
        <source>The contact</source>
        <translation>O contato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="450"/>
        <source>The engagement&apos;s name</source>
        <translation>O nome do projeto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="451"/>
        <source>The legal name</source>
        <translation>O nome legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="452"/>
        <source>The name</source>
        <translation>O nome</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="453"/>
        <source>The note</source>
        <translation>A nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="454"/>
        <source>Your id on the platform</source>
        <translation>Seu identificador na plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="455"/>
        <source>Expense</source>
        <translation>Despesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="456"/>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="457"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="458"/>
        <source>Trip</source>
        <translation>Viagem</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="459"/>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="461"/>
        <source>not writable</source>
        <translation>sem permissão de gravação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="463"/>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="464"/>
        <source>access-request</source>
        <translation>solicitação de acesso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="465"/>
        <source>timer</source>
        <translation>cronômetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="467"/>
        <source>handled</source>
        <translation>tratados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="468"/>
        <source>collected</source>
        <translation>coletados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="469"/>
        <source>A data category</source>
        <translation>Uma categoria de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="470"/>
        <source>A kind of data</source>
        <translation>Um tipo de dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="471"/>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="472"/>
        <source>How it was sent</source>
        <translation>Como foi enviado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="473"/>
        <source>Monitoring type</source>
        <translation>Tipo de monitoramento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="474"/>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="475"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="476"/>
        <source>The company&apos;s name</source>
        <translation>O nome da empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="477"/>
        <source>The data involved</source>
        <translation>Os dados envolvidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="478"/>
        <source>The kind of incident</source>
        <translation>O tipo de incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="479"/>
        <source>The law</source>
        <translation>A lei</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="480"/>
        <source>The reason given</source>
        <translation>O motivo dado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="481"/>
        <source>The steps taken</source>
        <translation>As medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="482"/>
        <source>The tool</source>
        <translation>A ferramenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="483"/>
        <source>What was missing</source>
        <translation>O que faltava</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="484"/>
        <source>What you were told about retention</source>
        <translation>O que lhe disseram sobre a retenção</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="485"/>
        <source>Whose data</source>
        <translation>De quem são os dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="487"/>
        <source>part {number} of {count}</source>
        <translation>parte {number} de {count}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="488"/>
        <source>evidence #{id}</source>
        <translation>evidência #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="489"/>
        <source>data record #{id}</source>
        <translation>O registro de dados #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="490"/>
        <source>invoice {number}</source>
        <translation>A fatura {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="491"/>
        <source>payment #{id}</source>
        <translation>O pagamento #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="492"/>
        <source>incident #{id}</source>
        <translation>O incidente #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="493"/>
        <source>{name!r} no longer matches the SHA-256 fingerprint taken when it was added; nothing was written. Run `verify`.</source>
        <translation>{name!r} não corresponde mais à impressão digital SHA-256 tirada quando foi adicionado; nada foi gravado. Execute `verify`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="495"/>
        <source>Its checksum does not match (or it was made by a newer version of Contractor Ledger).</source>
        <translation>Sua soma de verificação não confere (ou foi criado por uma versão mais recente do Contractor Ledger).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="497"/>
        <source>it holds more than {most:,} entries</source>
        <translation>contém mais de {most:,} itens</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="498"/>
        <source>it holds more than {most:,} files</source>
        <translation>contém mais de {most:,} arquivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="499"/>
        <source>{entry!r} is a symbolic link</source>
        <translation>{entry!r} é um link simbólico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="500"/>
        <source>{entry!r} is encrypted; ask for the answer without a password</source>
        <translation>{entry!r} está criptografado; peça a resposta sem senha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="501"/>
        <source>{entry!r} is not a regular file</source>
        <translation>{entry!r} não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="502"/>
        <source>{entry!r} is larger than {mb} MB</source>
        <translation>{entry!r} tem mais de {mb} MB</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="503"/>
        <source>its files come to more than {mb} MB</source>
        <translation>seus arquivos somam mais de {mb} MB</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="504"/>
        <source>the entry {entry!r} points outside the archive</source>
        <translation>o item {entry!r} aponta para fora do arquivo compactado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="505"/>
        <source>it nests elements more than {most} deep</source>
        <translation>aninha elementos em mais de {most} níveis</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="506"/>
        <source>it has more than {most:,} track points</source>
        <translation>tem mais de {most:,} pontos de trilha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="507"/>
        <source>a track point has a coordinate that is not a number ({value!r})</source>
        <translation>um ponto da trilha tem uma coordenada que não é um número ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="508"/>
        <source>a track point&apos;s coordinate {number} is out of range</source>
        <translation>a coordenada {number} de um ponto da trilha está fora do intervalo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="509"/>
        <source>a track point&apos;s time is not a date and time ({value!r})</source>
        <translation>o horário de um ponto da trilha não é uma data e hora ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="510"/>
        <source>it is not a GPX file (its root element is not &lt;gpx&gt;)</source>
        <translation>não é um arquivo GPX (seu elemento raiz não é &lt;gpx&gt;)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="511"/>
        <source>it declares a DOCTYPE, which a GPX file never needs</source>
        <translation>declara um DOCTYPE, do qual um arquivo GPX nunca precisa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="512"/>
        <source>it declares entities</source>
        <translation>declara entidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="513"/>
        <source>it declares notations</source>
        <translation>declara notações</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="514"/>
        <source>it refers to an external entity</source>
        <translation>faz referência a uma entidade externa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="516"/>
        <source>device {device}: its hello file is still arriving</source>
        <translation>dispositivo {device}: seu arquivo de apresentação ainda está chegando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="517"/>
        <source>files of device {device} ({why}): it is not paired with this computer</source>
        <translation>arquivos do dispositivo {device} ({why}): ele não está pareado com este computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="518"/>
        <source>{device}&apos;s file {number} is still arriving; it is read once whole</source>
        <translation>o arquivo {number} de {device} ainda está chegando; ele é lido quando estiver completo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="519"/>
        <source>{device}&apos;s file {number}: {why}. Its later files wait behind it.</source>
        <translation>arquivo {number} de {device}: {why}. Os arquivos seguintes esperam atrás dele.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="520"/>
        <source>{device} removed this computer from the sync folder: it no longer reads this computer&apos;s files. Set up syncing again to pair.</source>
        <translation>{device} removeu este computador da pasta de sincronização: ele não lê mais os arquivos deste computador. Configure a sincronização de novo para parear.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="522"/>
        <source>it holds records of a kind this version does not know ({kind}); update the app on this computer</source>
        <translation>contém registros de um tipo que esta versão não conhece ({kind}); atualize o app neste computador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="524"/>
        <source>a change refers to a {entity} record this computer has not received</source>
        <translation>uma alteração se refere a um registro {entity} que este computador não recebeu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="525"/>
        <source>a change is malformed ({error})</source>
        <translation>uma alteração está malformada ({error})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="526"/>
        <source>not a sync file of this app</source>
        <translation>não é um arquivo de sincronização deste app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="527"/>
        <source>longer than its header says</source>
        <translation>mais longo do que diz seu cabeçalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="528"/>
        <source>it does not open with this folder&apos;s sync key (a device not paired, or a damaged file)</source>
        <translation>ele não abre com a chave de sincronização desta pasta (um dispositivo não pareado, ou um arquivo danificado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="530"/>
        <source>its content is not readable</source>
        <translation>seu conteúdo não é legível</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="531"/>
        <source>its signature is not that of the device it names</source>
        <translation>sua assinatura não é a do dispositivo que ele nomeia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="532"/>
        <source>its hello file names another device</source>
        <translation>seu arquivo de apresentação nomeia outro dispositivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="533"/>
        <source>it names another device or number</source>
        <translation>ele nomeia outro dispositivo ou outro número</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="534"/>
        <source>its changes are not a list</source>
        <translation>suas alterações não são uma lista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="535"/>
        <source>a change is malformed</source>
        <translation>uma alteração está malformada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="387"/>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="388"/>
        <source>damaged: {what}</source>
        <translation>danificado: {what}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="389"/>
        <source>{problem} ({count} problem(s) in all).</source>
        <translation>{problem} ({count} problema(s) no total).</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="30"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (lido em {read} em uma fonte secundária; a confirmar em {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="31"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (lido em uma cópia em {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="32"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="33"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} em {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="34"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>os dias de trabalho começam às {start} {zone} (seu fuso: o da lei não é conhecido)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="35"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} por dia{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="36"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} por semana{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="37"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} por mês{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="38"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>O salário mínimo aqui é em {target} e você recebe em {base}: {span} não pode ser comparado sem uma taxa de câmbio dos seus próprios registros (este aplicativo nunca a obtém da rede). Para comparar, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="41"/>
        <source>workdays in your zone</source>
        <translation>dias de trabalho no seu fuso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="42"/>
        <source>workdays start at {start} {zone}</source>
        <translation>os dias de trabalho começam às {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="43"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="44"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Horas trabalhadas de {start} a {end}, pelos dias do seu próprio fuso: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="45"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Tempo normal: o trabalho de cada dia pelas condições em vigor naquele dia (por hora: taxa x horas; por unidade: taxa x unidades, no dia em que o lançamento começou; um preço fixo uma única vez, no dia do primeiro trabalho do contrato), arredondado ao centavo dia a dia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="48"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Ganho = tempo normal + bônus e ajustes + adicional de horas extras (devido apenas a empregados).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="50"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, e acima de {daily} h em um dia de trabalho ({double} h: em dobro)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="51"/>
        <source>an estimate only: you are a contractor</source>
        <translation>apenas uma estimativa: você é autônomo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="52"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x a taxa regular pelas horas acima de {weekly} na semana de trabalho{daily}{seventh} ({status}). Cada semana de trabalho é avaliada inteira, nos dias da lei ({where}), e contada uma única vez, no período que contém seu último dia. O adicional é o que as horas extras acrescentam ao tempo normal já contado: (multiplicador - 1) x taxa regular x horas; a taxa regular é o tempo normal da semana mais os bônus, dividido por todas as suas horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="58"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>cada hora por si só: o pagamento de um lançamento cobre apenas as horas desse lançamento, e a uma hora sem pagamento falta o salário mínimo inteiro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="60"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>por semana de trabalho: o pagamento combinado da semana (com bônus e ajustes) contra suas horas pelo salário mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="62"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Você é autônomo: o salário mínimo é uma referência, um direito só se você foi classificado de forma errada. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="64"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Avaliado pelo que as condições combinadas pagam pelas horas (horas em categorias não pagas contam como pagas com nada), nunca pelo dinheiro recebido: dinheiro ainda não recebido é devido, não pago a menos. Salário mínimo {wage}/h{stated} ({jurisdiction}, desde {since}); teste: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="68"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Diferença do período = a soma das diferenças das suas semanas de trabalho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="69"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Você marcou este cliente como trabalho por aplicativo: {name} ({citation}) fixa {amount} por {unit} para {applies_to}, desde {since}, qualquer que seja sua classificação. Avaliado por semana de trabalho: as horas registradas pelo mínimo contra o que as condições combinadas pagam por elas, incluídos os bônus e ajustes datados na semana (gorjetas não são pagamento segundo essas leis).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="73"/>
        <source>the workweek ending {end}</source>
        <translation>a semana de trabalho que termina em {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="74"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semanas de trabalho que terminam de {first} a {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="75"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Os valores alocados a lançamentos contam no dia do lançamento; o resto de um pagamento conta quando o período que ele cobre termina neste período (no dia em que chegou, se nenhum período foi registrado). Saldo = ganho - pago: dinheiro que ainda lhe devem (atrasado se passou do vencimento).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="79"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="80"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Você é empregado: as horas em categorias que as condições chamam de não pagas continuam sendo horas trabalhadas e são pagas, pela taxa por hora combinada (ou pelo salário mínimo com condições por unidade).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="83"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Somam-se os bônus e ajustes datados no período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="84"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Nenhuma regra de horas extras é conhecida para a jurisdição deste cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="85"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h; taxa regular ({straight} + bônus {bonus}) / {hours} h = {rate}/h; {overtime} h a {multiplier}x e {double} h a 2x: adicional {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="88"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>O salário mínimo é em {wage_currency} e você recebe em {currency}: cada semana de trabalho o converte pela taxa mais recente dos seus próprios registros no último dia da semana ou antes (uma taxa que você registrou ou que um extrato mostrou; senão, a de um pagamento convertido), nunca uma da rede. O mínimo por hora a essa taxa é o mínimo na moeda do seu pagamento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="93"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>soma da diferença própria de cada dia de cada lançamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="94"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, nunca abaixo de zero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="95"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (mínimo {wage}/h a {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="96"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h pelo salário mínimo{converted} = {required}; as condições pagam {pay}; faltam {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="98"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semana de trabalho de {start} a {end}: {hours} h x {floor} = {required}; as condições pagam {pay}; faltam {shortfall} ({required} - {pay}, nunca abaixo de zero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="100"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>registre a taxa pela qual você foi pago: {command} (ou qualquer dia antes)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="101"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Nenhum salário mínimo se aplica: nenhum é conhecido para o local deste cliente, nenhuma condição de pagamento foi registrada ou nenhuma semana de trabalho termina neste período.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="103"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; também o 7º dia consecutivo da semana de trabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="107"/>
        <source>owed: you are an employee</source>
        <translation>devido: você é empregado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="108"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="109"/>
        <source>hours worked</source>
        <translation>horas trabalhadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="110"/>
        <source>hours the terms pay for</source>
        <translation>horas que as condições pagam</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="111"/>
        <source>straight time</source>
        <translation>tempo normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="112"/>
        <source>bonuses and adjustments</source>
        <translation>bônus e ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="113"/>
        <source>overtime premium owed</source>
        <translation>adicional de horas extras devido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="114"/>
        <source>earned</source>
        <translation>ganho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="115"/>
        <source>shortfall</source>
        <translation>diferença</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="116"/>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="117"/>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="118"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="119"/>
        <source>regular rate</source>
        <translation>taxa regular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="120"/>
        <source>overtime hours</source>
        <translation>horas extras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="121"/>
        <source>double-time hours</source>
        <translation>horas em dobro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="122"/>
        <source>premium</source>
        <translation>adicional</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="123"/>
        <source>rate</source>
        <translation>taxa de câmbio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="124"/>
        <source>minimum per hour</source>
        <translation>mínimo por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="125"/>
        <source>required</source>
        <translation>exigido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="126"/>
        <source>agreed pay</source>
        <translation>pagamento combinado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="127"/>
        <source>productive</source>
        <translation>produtivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="128"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="129"/>
        <source>onboarding</source>
        <translation>integração</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="130"/>
        <source>assessment</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="131"/>
        <source>waiting</source>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="132"/>
        <source>rework</source>
        <translation>retrabalho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="133"/>
        <source>admin</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="134"/>
        <source>travel</source>
        <translation>deslocamento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="135"/>
        <source>your record</source>
        <translation>seu registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="136"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="144"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>entregadores de restaurantes por aplicativo, por hora de tempo ativo, antes das gorjetas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="145"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>trabalhadores por aplicativo, por hora de tempo engajado (0,44 por minuto; mais 0,74 por milha engajada e pelo menos 5,00 por oferta, não modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="147"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>trabalhadores por aplicativo, por hora de tempo engajado (0,45 por minuto; mais 0,77 por milha engajada e pelo menos 5,20 por oferta, não modelados)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Os números legais são uma estimativa, não orientação jurídica.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <source>Pay summary</source>
        <translation>Resumo de pagamentos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para conferir seu pagamento, ou mostrar a um cliente suas horas, ganhos e pagamentos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Dossiê de reclamação</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para uma reclamação salarial ou um advogado: o que lhe devem, com os registros e as provas por trás.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <source>Privacy report</source>
        <translation>Relatório de privacidade</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Os dados que seu trabalho envolveu e o que as plataformas coletaram sobre você, com incidentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Pedido de acesso aos dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Uma carta pedindo a um cliente uma cópia dos dados pessoais que ele tem sobre você.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Cobrança do pedido de acesso aos dados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Uma carta para um pedido de acesso aos dados sem resposta após o prazo, ou cuja resposta deixou coisas de fora.</translation>
    </message>
</context>
</TS>
