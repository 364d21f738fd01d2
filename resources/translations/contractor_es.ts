<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="26"/>
        <source>Your records were restored from the backup of %1.</source>
        <translation>Tus registros se restauraron desde la copia de seguridad del %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="28"/>
        <source>Your records as they were are kept in %1 for %2 days.</source>
        <translation>Tus registros tal como estaban se guardan en %1 durante %2 días.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="31"/>
        <source>Unlock with your new password.</source>
        <translation>Desbloquea con tu nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="32"/>
        <source>Unlock with the password you had on the day of the backup.</source>
        <translation>Desbloquea con la contraseña que tenías el día de la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/restoring.py" line="35"/>
        <source>The restore did not finish: %1</source>
        <translation>La restauración no terminó: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="47"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="48"/>
        <source>Added</source>
        <translation>Añadido</translation>
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
        <translation>sin condiciones de pago aún</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="36"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="36"/>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="39"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="41"/>
        <source>Pay</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="42"/>
        <source>Not paid for</source>
        <translation>Sin pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="43"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <source>Platform fee</source>
        <translation>Comisión</translation>
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
        <translation>Estas condiciones se aplican al trabajo de hoy.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="78"/>
        <source>no pay terms yet: add them with New pay terms</source>
        <translation>sin condiciones de pago aún: añádelas con Nuevas condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_model.py" line="74"/>
        <source>%1 (in force)</source>
        <translation>%1 (vigentes)</translation>
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
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="37"/>
        <source>%1 fixed price</source>
        <translation>%1 precio fijo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="43"/>
        <source>a fixed price for the whole engagement</source>
        <translation>un precio fijo por todo el proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="45"/>
        <source>every category is paid</source>
        <translation>todas las categorías se pagan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="52"/>
        <source>the start</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Contractor (freelancer)</source>
        <translation>Contratista (independiente)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="62"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/text.py" line="73"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Por qué importa: por ley, a los empleados se les debe el salario mínimo y las horas extra; a los contratistas muchas veces no. Lo que dice el contrato es un punto de partida; cómo te tratan también cuenta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="185"/>
        <source>Hours and pay per week</source>
        <translation>Horas y pago por semana</translation>
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
        <translation>Ganado (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="204"/>
        <source>Paid (%1)</source>
        <translation>Pagado (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="212"/>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="288"/>
        <source>Week starting</source>
        <translation>Semana que empieza</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="245"/>
        <source>%1 in %2 entries</source>
        <translation>%1 en %2 entradas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="246"/>
        <source>Earned %1, paid %2</source>
        <translation>Ganado %1, pagado %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="263"/>
        <source>Pay per hour at your terms against the minimum wage</source>
        <translation>Pago por hora según tus condiciones frente al salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="274"/>
        <source>Pay per hour at your terms</source>
        <translation>Pago por hora según tus condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="313"/>
        <source>Earned %1 for %2 worked</source>
        <translation>Ganaste %1 por %2 trabajadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid per hour</source>
        <translation>Pago por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="276"/>
        <source>Minimum wage (estimate)</source>
        <translation>Salario mínimo (estimación)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="318"/>
        <source>Minimum wage %1 per hour (estimate — not legal advice)</source>
        <translation>Salario mínimo %1 por hora (estimación — no es asesoría legal)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="327"/>
        <source>Paid and owed per client, all time</source>
        <translation>Pagado y adeudado por cliente, desde el inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="337"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <location filename="../../contractor_app/gui/pay/text.py" line="88"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="338"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/charts.py" line="371"/>
        <source>%1
Earned %2, paid %3, owed %4</source>
        <translation>%1
Ganado %2, pagado %3, adeudado %4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dialogs.py" line="37"/>
        <source>Something unexpected stopped this action ({name}). Your records are safe: every change is saved whole or not at all. Try again; if it happens again, please report it.</source>
        <translation>Algo inesperado detuvo esta acción ({name}). Tus registros están a salvo: cada cambio se guarda completo o no se guarda. Inténtalo de nuevo; si vuelve a pasar, por favor infórmalo.</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="35"/>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Categoría</translation>
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
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="37"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="102"/>
        <location filename="../../contractor_app/gui/entries/columns.py" line="105"/>
        <source>Type a time like 09:30.</source>
        <translation>Escribe una hora como 09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="118"/>
        <source>Type a date like 2026-11-26.</source>
        <translation>Escribe una fecha como 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="132"/>
        <source>The entry would start after it ends; change the end first.</source>
        <translation>La entrada empezaría después de terminar; cambia primero el fin.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/columns.py" line="148"/>
        <source>This column cannot be edited.</source>
        <translation>Esta columna no se puede editar.</translation>
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
        <translation>hace un momento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="49"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="51"/>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="52"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="129"/>
        <source>%1 today</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="131"/>
        <source>%1 yesterday</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="132"/>
        <source>%1 on %2</source>
        <translation>%2 a las %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Productive</source>
        <translation>Productivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="137"/>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Rework</source>
        <translation>Retrabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="138"/>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="139"/>
        <source>Travel</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late by %1</source>
        <translation>tardía, %1 después</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>overlap</source>
        <translation>superpuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="153"/>
        <source>changed on two computers</source>
        <translation>cambiada en dos computadoras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="151"/>
        <source>late</source>
        <translation>tardía</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/formatting.py" line="152"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="34"/>
        <source>Edit payment</source>
        <translation>Editar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="46"/>
        <source>Delete payment</source>
        <translation>Eliminar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="52"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="61"/>
        <source>Edit invoice</source>
        <translation>Editar factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="74"/>
        <source>Delete invoice</source>
        <translation>Eliminar factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/commands.py" line="95"/>
        <source>Add invoice</source>
        <translation>Añadir factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="106"/>
        <source>Every hour worked, unpaid categories included</source>
        <translation>Todas las horas trabajadas, incluidas las categorías sin pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="107"/>
        <source>What the work earned under your terms, with bonuses and adjustments</source>
        <translation>Lo que ganó el trabajo según tus condiciones, con bonos y ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="108"/>
        <source>Payments counted in this period: by the period they cover, else by the day they arrived</source>
        <translation>Pagos contados en este periodo: según el periodo que cubren, o si no, según el día en que llegaron</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="110"/>
        <source>Earned minus paid</source>
        <translation>Ganado menos pagado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="111"/>
        <source>Paid divided by ALL hours worked, unpaid time included</source>
        <translation>Lo pagado dividido entre TODAS las horas trabajadas, incluido el tiempo sin pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Minimum wage</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="112"/>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Net per hour</source>
        <translation>Neto por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="113"/>
        <source>Paid less what the work cost you (fees, expenses, distance), divided by ALL hours worked</source>
        <translation>Lo pagado menos lo que te costó el trabajo (comisiones, gastos, distancia), dividido entre TODAS las horas trabajadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="130"/>
        <source>All clients (%1)</source>
        <translation>Total (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/models.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="141"/>
        <source>Exchange rate needed</source>
        <translation>Falta un tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="142"/>
        <source>The minimum wage here is in %1 and this client pays in %2: to compare them, %3.</source>
        <translation>El salario mínimo aquí está en %1 y este cliente paga en %2: para compararlos, %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="146"/>
        <source>No minimum wage known</source>
        <translation>Salario mínimo desconocido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="147"/>
        <source>No minimum wage is known for this client&apos;s place in its currency. Set the client&apos;s jurisdiction in Clients.</source>
        <translation>No se conoce un salario mínimo para el lugar de este cliente en su moneda. Indica la jurisdicción del cliente en Clientes.</translation>
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
        <translation>%1, desde el %2. Fuente: %3</translation>
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
        <translation>Las condiciones acordadas pagan %1 por horas que suman %2 al salario mínimo: faltan %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="165"/>
        <source>At or above minimum wage</source>
        <translation>Igual o mayor al salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="168"/>
        <source>Below the app-based pay floor</source>
        <translation>Por debajo del pago mínimo para trabajo por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="169"/>
        <source>%1 sets %2 an hour for app-based work: the agreed terms pay %3 for hours that come to %4 at it, %5 short (%6).</source>
        <translation>%1 fija %2 por hora para el trabajo por app: las condiciones acordadas pagan %3 por horas que suman %4 a ese mínimo; faltan %5 (%6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="180"/>
        <source>%1 paid ÷ %2 worked</source>
        <translation>%1 pagado ÷ %2 trabajadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="192"/>
        <source>(%1 paid − %2 costs) ÷ %3 worked. Costs: fees %4, expenses %5, distance %6</source>
        <translation>(%1 pagado − %2 de costos) ÷ %3 trabajadas. Costos: comisiones %4, gastos %5, distancia %6</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="197"/>
        <source>Not subtracted, in other currencies: %1</source>
        <translation>No restado, en otras monedas: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="57"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
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
        <translation>Comisión de transferencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="63"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="63"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="64"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="69"/>
        <source>Evidence #%1</source>
        <translation>Evidencia n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="268"/>
        <source>Delete expense</source>
        <translation>Eliminar gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="177"/>
        <source>Add expense</source>
        <translation>Añadir gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="78"/>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="206"/>
        <source>Gross: before fees</source>
        <translation>Bruto: antes de comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Fees and deductions</source>
        <translation>Comisiones y deducciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="207"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Covers</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Pays for</source>
        <translation>Qué paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="208"/>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="66"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="225"/>
        <source>Fees %1, deductions %2</source>
        <translation>Comisiones %1, deducciones %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="228"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="237"/>
        <source>Invoice</source>
        <translation>Factura</translation>
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
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="238"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="258"/>
        <source>Last payment %1</source>
        <translation>Último pago: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="259"/>
        <source>not set</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="276"/>
        <source>Work done</source>
        <translation>Trabajo hecho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Deadline from</source>
        <translation>Plazo según</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="277"/>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="278"/>
        <source>Possible damages</source>
        <translation>Posible indemnización</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>the invoice</source>
        <translation>la factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="290"/>
        <source>your contract</source>
        <translation>tu contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="295"/>
        <source>The work it pays for was finished on this day</source>
        <translation>El trabajo que paga se terminó este día</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/models.py" line="297"/>
        <source>not paid yet</source>
        <translation>aún sin pagar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/formatting.py" line="160"/>
        <location filename="../../contractor_app/gui/pay/models.py" line="299"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="22"/>
        <source>estimate — not legal advice</source>
        <translation>estimación — no es asesoría legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="27"/>
        <source>Agreed pay below minimum wage — estimate, not legal advice</source>
        <translation>Pago acordado por debajo del salario mínimo — estimación, no asesoramiento legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="33"/>
        <source>Platform payout</source>
        <translation>Pago de la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="34"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
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
            <numerusform>Pagada con %n día de retraso</numerusform>
            <numerusform>Pagada con %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/text.py" line="90"/>
        <source>Overdue: %n days late</source>
        <translation>
            <numerusform>Vencida: %n día de retraso</numerusform>
            <numerusform>Vencida: %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="92"/>
        <source>Part paid</source>
        <translation>Pago parcial</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="93"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="99"/>
        <source>No due date: none on the invoice, no payment terms, and no law known for this place.</source>
        <translation>Sin fecha de vencimiento: la factura no la indica, no hay condiciones de pago y no se conoce una ley para este lugar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="101"/>
        <source>Due date written on the invoice.</source>
        <translation>Fecha de vencimiento escrita en la factura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="103"/>
        <source>Due date from the payment terms agreed with this client.</source>
        <translation>Fecha de vencimiento según las condiciones de pago acordadas con este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/text.py" line="104"/>
        <source>Deadline from %1 (%2).</source>
        <translation>Plazo según %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="50"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="63"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
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
        <translation>registro de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/commands.py" line="89"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Low: nothing about a person</source>
        <translation>Baja: nada sobre una persona</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="23"/>
        <source>Medium: names, contact details</source>
        <translation>Media: nombres, datos de contacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="24"/>
        <source>High: IDs, money, private messages</source>
        <translation>Alta: documentos de identidad, dinero, mensajes privados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="25"/>
        <source>Special category: health, biometrics, beliefs, sex life</source>
        <translation>Categoría especial: salud, biometría, creencias, vida sexual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screen recording</source>
        <translation>Grabación de pantalla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="29"/>
        <source>Screenshots</source>
        <translation>Capturas de pantalla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Webcam</source>
        <translation>Cámara web</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="30"/>
        <source>Voice recording</source>
        <translation>Grabación de voz</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Keystrokes or activity</source>
        <translation>Teclas o actividad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="31"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>ID document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="32"/>
        <source>Biometrics (face, fingerprint)</source>
        <translation>Biometría (rostro, huella dactilar)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Ratings</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="58"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="33"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Given in writing</source>
        <translation>Dado por escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="37"/>
        <source>Clicked through</source>
        <translation>Aceptado con un clic</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Not asked</source>
        <translation>No se pidió</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="38"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Data breach</source>
        <translation>Filtración de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="74"/>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="42"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="79"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="81"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/labels.py" line="83"/>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="57"/>
        <source>No consent was given: worth raising in a data-access request.</source>
        <translation>No se dio consentimiento: vale la pena mencionarlo en una solicitud de acceso a datos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="64"/>
        <source>Kinds of data</source>
        <translation>Tipos de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="65"/>
        <source>Whose data</source>
        <translation>De quién son</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="66"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="68"/>
        <location filename="../../contractor_app/gui/privacy/models.py" line="80"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="76"/>
        <source>What was collected</source>
        <translation>Qué se recopiló</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="77"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="78"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>Retention you were told</source>
        <translation>Conservación que te dijeron</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="79"/>
        <source>not told</source>
        <translation>no te dijeron</translation>
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
        <translation>Aviso recibido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="97"/>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="98"/>
        <source>Data involved</source>
        <translation>Datos afectados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="99"/>
        <source>Steps taken</source>
        <translation>Pasos que diste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="100"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/models.py" line="101"/>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="29"/>
        <source>This is the recovery key of your Contractor Ledger records.</source>
        <translation>Esta es la clave de recuperación de tus registros de Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="30"/>
        <source>If you forget your password, it lets you open your records and choose a new password.</source>
        <translation>Si olvidas tu contraseña, te permite abrir tus registros y elegir una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="31"/>
        <source>If you lose both your password and this key, nobody can open your records.</source>
        <translation>Si pierdes tu contraseña y también esta clave, nadie podrá abrir tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="32"/>
        <source>Keep this page somewhere safe, away from the computer. Anyone with it can open your records.</source>
        <translation>Guarda esta hoja en un lugar seguro, lejos de la computadora. Quien la tenga puede abrir tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="34"/>
        <source>Records folder: %1</source>
        <translation>Carpeta de registros: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="35"/>
        <source>Made on: %1</source>
        <translation>Creada el: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/recovery_sheet.py" line="37"/>
        <source>Contractor Ledger: recovery key</source>
        <translation>Contractor Ledger: clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>your details</source>
        <translation>tus datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the client&apos;s details</source>
        <translation>los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="34"/>
        <source>the pay figures</source>
        <translation>las cifras de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the work entries</source>
        <translation>las entradas de trabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the payments</source>
        <translation>los pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="35"/>
        <source>the evidence list</source>
        <translation>la lista de evidencias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the edit history</source>
        <translation>el historial de cambios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="36"/>
        <source>the data records and incidents</source>
        <translation>los registros de datos y los incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="46"/>
        <source>Not made from your records. The file is untouched, but it was made from someone else&apos;s records (key %1), so it cannot be checked against yours.</source>
        <translation>No se hizo con tus registros. El archivo está intacto, pero se hizo con los registros de otra persona (clave %1), así que no se puede comparar con los tuyos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="52"/>
        <source>Untouched, but your records changed since it was made: %1 are different now. Make a new report to show your records as they are.</source>
        <translation>Intacto, pero tus registros cambiaron desde que se hizo: %1 ahora son distintos. Haz un informe nuevo para mostrar tus registros como están.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="57"/>
        <source>Later changes to your records (%1) did not touch it.</source>
        <translation>Los cambios posteriores en tus registros (%1) no lo afectaron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="58"/>
        <source>Valid: this is the report as it was made, not a byte changed, and it still matches your records.</source>
        <translation>Válido: es el informe tal como se hizo, sin un solo byte cambiado, y todavía coincide con tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="64"/>
        <source>Altered: this file is not the report as it was made. Do not rely on it; ask for the original, or make a new report.</source>
        <translation>Alterado: este archivo no es el informe tal como se hizo. No confíes en él; pide el original o haz un informe nuevo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="67"/>
        <source>This file could not be checked: %1</source>
        <translation>No se pudo revisar este archivo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="73"/>
        <source>everything recorded</source>
        <translation>todo lo registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="114"/>
        <source>Delete entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/undo.py" line="141"/>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Entry #%1</source>
        <translation>Entrada n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Payment #%1</source>
        <translation>Pago n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="52"/>
        <source>Invoice #%1</source>
        <translation>Factura n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Incident #%1</source>
        <translation>Incidente n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="53"/>
        <source>Data record #%1</source>
        <translation>Registro de datos n.º %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="56"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="57"/>
        <source>What you typed in this form has not been saved.</source>
        <translation>Lo que escribiste en este formulario no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="58"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/form_dialog.py" line="59"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>Los Angeles</source>
        <translation>Los Ángeles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="25"/>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York State</source>
        <translation>Estado de Nueva York</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="26"/>
        <source>New York City</source>
        <translation>Ciudad de Nueva York</translation>
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
        <translation>Ontario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="81"/>
        <source>“%1” could be %2. Choose one from the list.</source>
        <translation>«%1» puede ser %2. Elige uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/places.py" line="82"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="39"/>
        <source>Match payment to %1</source>
        <translation>Asignar el pago a %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="64"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="65"/>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="67"/>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="68"/>
        <source>Why not matched</source>
        <translation>Por qué no se asoció</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="80"/>
        <source>Imported payments to match</source>
        <translation>Pagos importados por asignar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="82"/>
        <source>Client to match the payment to</source>
        <translation>Cliente al que asignar el pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="83"/>
        <source>Match to client</source>
        <translation>Asignar al cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="86"/>
        <source>Nothing to match. Payments imported from a statement whose payer is not one of your clients wait here.</source>
        <translation>Nada por asignar. Aquí esperan los pagos importados de un extracto cuyo pagador no es uno de tus clientes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="89"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="123"/>
        <source>Select a payment and the client it is from.</source>
        <translation>Selecciona un pago y el cliente del que viene.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/unmatched.py" line="129"/>
        <source>Matched to %1; its payer will be recognised next time. Undo with Ctrl+Z.</source>
        <translation>Asignado a %1; su pagador se reconocerá la próxima vez. Deshaz con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="58"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="59"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="64"/>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="65"/>
        <source>No official rate is known for your country on that day.</source>
        <translation>No se conoce una tarifa oficial para tu país en ese día.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="204"/>
        <source>Delete trip</source>
        <translation>Eliminar viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="119"/>
        <source>Add trip</source>
        <translation>Añadir viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/commands.py" line="14"/>
        <source>Unlink evidence</source>
        <translation>Desvincular evidencia</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="27"/>
        <source>About Contractor Ledger</source>
        <translation>Acerca de Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="31"/>
        <source>Contractor Ledger</source>
        <translation>Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="32"/>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="35"/>
        <source>A worker&apos;s own encrypted record of work, pay and data.</source>
        <translation>El registro propio y cifrado de tu trabajo, tu pago y tus datos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="36"/>
        <source>Contractor Ledger makes no network connections: your records never leave this computer unless you export or back them up.</source>
        <translation>Contractor Ledger no se conecta a internet: tus registros nunca salen de esta computadora, salvo que los exportes o hagas una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="39"/>
        <source>Free software under the GNU General Public License, version 3 or later ({licence}): {url}</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior ({licence}): {url}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="41"/>
        <source>Built with Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab and PDFium. Reports use the DejaVu fonts (Bitstream Vera and public-domain changes).</source>
        <translation>Hecho con Qt {qt} (PySide6), SQLCipher, SQLAlchemy, Alembic, ReportLab y PDFium. Los informes usan las fuentes DejaVu (Bitstream Vera y cambios de dominio público).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="44"/>
        <source>Icons from Lucide (ISC licence).</source>
        <translation>Iconos de Lucide (licencia ISC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about.py" line="48"/>
        <source>Not yet reviewed by a native speaker: the translations into {languages}. Corrections are welcome.</source>
        <translation>Aún sin revisar por un hablante nativo: las traducciones a {languages}. Las correcciones son bienvenidas.</translation>
    </message>
</context>
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="235"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="236"/>
        <source>Reports show your name; times are shown in your zone, amounts in your currency.</source>
        <translation>Los informes muestran tu nombre; las horas se muestran en tu zona horaria y los montos en tu moneda.</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="52"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="53"/>
        <source>As reports should show it (optional)</source>
        <translation>Como debe aparecer en los informes (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="63"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="65"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="67"/>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="68"/>
        <source>Where you work: a country, state or city, e.g. California</source>
        <translation>Donde trabajas: un país, estado o ciudad, p. ej. California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="131"/>
        <source>%1: no minimum wage in %2 is known to this app.</source>
        <translation>%1: esta aplicación no conoce un salario mínimo en %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="135"/>
        <source>%1: the minimum wage that applies is %2 an hour (estimate — not legal advice).</source>
        <translation>%1: el salario mínimo que se aplica es %2 por hora (estimación — no es asesoría legal).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="76"/>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="77"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="78"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="79"/>
        <source>Country or &amp;region</source>
        <translation>País o &amp;región</translation>
    </message>
</context>
<context>
    <name>AccessRequestsTab</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="68"/>
        <source>Data-access requests</source>
        <translation>Solicitudes de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="126"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="127"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="128"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="129"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="130"/>
        <source>Standing</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="132"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="77"/>
        <source>Follow-up letter…</source>
        <translation>Carta de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="78"/>
        <source>Make the follow-up letter for a request past its deadline or answered in part</source>
        <translation>Hacer la carta de seguimiento para una solicitud vencida o respondida en parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="81"/>
        <source>&amp;Import the answer…</source>
        <translation>&amp;Importar la respuesta…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="82"/>
        <source>Keep the files of the platform&apos;s answer (a zip) as evidence of this request</source>
        <translation>Guardar los archivos de la respuesta de la plataforma (un zip) como evidencia de esta solicitud</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="85"/>
        <source>&amp;Add a request…</source>
        <translation>&amp;Añadir una solicitud…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="86"/>
        <source>Record a data-access request you sent: its deadline by law shows here</source>
        <translation>Registra una solicitud de acceso a datos que enviaste: aquí se muestra su plazo legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="88"/>
        <source>Record the a&amp;nswer…</source>
        <translation>Registrar la res&amp;puesta…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="89"/>
        <source>When the client answered, and whether the answer held everything</source>
        <translation>Cuándo respondió el cliente y si la respuesta incluía todo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="91"/>
        <source>E&amp;xtension…</source>
        <translation>Pró&amp;rroga…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="92"/>
        <source>The client said it needs the extra time the law allows</source>
        <translation>El cliente dijo que necesita el tiempo extra que permite la ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="231"/>
        <source>Select a request to see how its deadline was counted.</source>
        <translation>Selecciona una solicitud para ver cómo se contó su plazo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="234"/>
        <source>Due %1. %2</source>
        <translation>Vence %1. %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="237"/>
        <source>Due %1 (%2). %3</source>
        <translation>Vence %1 (%2). %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="241"/>
        <source> (extended)</source>
        <translation> (prorrogada)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="252"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="153"/>
        <source>%n data-access requests need a follow-up: past the deadline without an answer, or answered in part.</source>
        <translation>
            <numerusform>%n solicitud de acceso a datos necesita seguimiento: vencida sin respuesta o respondida en parte.</numerusform>
            <numerusform>%n solicitudes de acceso a datos necesitan seguimiento: vencidas sin respuesta o respondidas en parte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="76"/>
        <source>How the deadline was counted</source>
        <translation>Cómo se contó el plazo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="156"/>
        <source>Sent a data-access request? Record it with “Add a request…” and its deadline by law shows here; an overdue one is marked.</source>
        <translation>¿Enviaste una solicitud de acceso a datos? Regístrala con «Añadir una solicitud…» y aquí se muestra su plazo legal; las vencidas se marcan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/privacy/requests.py" line="189"/>
        <source>%n files of the answer are kept as evidence of the request to %1.</source>
        <translation>
            <numerusform>%n archivo de la respuesta se guarda como evidencia de la solicitud a %1.</numerusform>
            <numerusform>%n archivos de la respuesta se guardan como evidencia de la solicitud a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="216"/>
        <source>Saved the request to %1: due %2 (%3).</source>
        <translation>Solicitud a %1 guardada: vence el %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="220"/>
        <source>Import the answer</source>
        <translation>Importar la respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="221"/>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>waiting, in time</source>
        <translation>en espera, dentro del plazo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="244"/>
        <source>OVERDUE: no answer</source>
        <translation>VENCIDA: sin respuesta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered in part</source>
        <translation>respondida en parte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/requests.py" line="245"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
</context>
<context>
    <name>AddRequestDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Record a data-access request</source>
        <translation>Registrar una solicitud de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="80"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="81"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>Law</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="84"/>
        <source>By the client&apos;s jurisdiction</source>
        <translation>Según la jurisdicción del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="85"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="36"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="37"/>
        <source>post</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="38"/>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="39"/>
        <source>in the app</source>
        <translation>en la app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="87"/>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>&amp;Received on</source>
        <translation>&amp;Recibida el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="88"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="89"/>
        <source>optional: reference number, to whom it went…</source>
        <translation>opcional: número de referencia, a quién se envió…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="90"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="91"/>
        <source>&amp;Law</source>
        <translation>&amp;Ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="92"/>
        <source>&amp;Sent on</source>
        <translation>En&amp;viada el</translation>
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
        <translation>Elige el cliente al que enviaste la solicitud.</translation>
    </message>
</context>
<context>
    <name>AnchorPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="62"/>
        <source>Import a time stamp</source>
        <translation>Importar un sello de tiempo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="63"/>
        <source>Time-stamp responses (*.tsr);;All files (*)</source>
        <translation>Respuestas de sello de tiempo (*.tsr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="66"/>
        <source>Which authority?</source>
        <translation>¿Qué autoridad?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="67"/>
        <source>Which authority stamped it? FreeTSA: choose its CA file (cacert.pem). DigiCert, or another authority your system trusts: use your system&apos;s certificates.</source>
        <translation>¿Qué autoridad lo selló? FreeTSA: elige su archivo de CA (cacert.pem). DigiCert u otra autoridad en la que confía tu sistema: usa los certificados del sistema.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="71"/>
        <source>Choose the CA file…</source>
        <translation>Elegir el archivo de CA…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="73"/>
        <source>My system&apos;s certificates</source>
        <translation>Los certificados de mi sistema</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="82"/>
        <source>The authority&apos;s CA certificate</source>
        <translation>El certificado de CA de la autoridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="83"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="89"/>
        <source>Save the time-stamp request</source>
        <translation>Guardar la solicitud de sello de tiempo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="90"/>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Solicitudes de sello de tiempo (*.tsq)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="109"/>
        <source>your e-mail address, or your union&apos;s</source>
        <translation>tu correo electrónico, o el de tu sindicato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="110"/>
        <source>Send the anchor to</source>
        <translation>Enviar el ancla a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="111"/>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="112"/>
        <source>Email the anchor with your mail program</source>
        <translation>Enviar el ancla con tu programa de correo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="113"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="114"/>
        <source>Copy the anchor</source>
        <translation>Copiar el ancla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="115"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="116"/>
        <source>Print the anchor</source>
        <translation>Imprimir el ancla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="117"/>
        <source>Time-stamp request…</source>
        <translation>Solicitud de sello de tiempo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="118"/>
        <source>Save a time-stamp request for the anchor</source>
        <translation>Guardar una solicitud de sello de tiempo para el ancla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="119"/>
        <source>Import a time stamp…</source>
        <translation>Importar un sello de tiempo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="120"/>
        <source>Import and check a time stamp from an authority</source>
        <translation>Importar y comprobar un sello de tiempo de una autoridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="141"/>
        <source>&lt;b&gt;Anchor your records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ancla tus registros&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="142"/>
        <source>Send today&apos;s anchor somewhere you do not control: it shows later that your records stood as they are now no later than today.</source>
        <translation>Envía el ancla de hoy a un lugar que no controlas: más adelante demuestra que tus registros estaban como están ahora, a más tardar hoy.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="147"/>
        <source>Stronger: have it time-stamped by a public authority. Save the request, send it with curl (docs/evidence.md in the guide shows how), then import the answer.</source>
        <translation>Más sólido: haz que una autoridad pública le ponga un sello de tiempo. Guarda la solicitud, envíala con curl (docs/evidence.md en la guía muestra cómo) y luego importa la respuesta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="164"/>
        <source>No mail program opened. Copy the anchor and send it yourself.</source>
        <translation>No se abrió ningún programa de correo. Copia el ancla y envíala tú.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="185"/>
        <source>Saved %1. Send it to a time-stamping authority, then import the answer (.tsr).</source>
        <translation>Guardado %1. Envíalo a una autoridad de sellado de tiempo y luego importa la respuesta (.tsr).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="200"/>
        <source>Checked and kept: anchor %1 existed no later than %2 UTC, per %3.</source>
        <translation>Comprobado y guardado: el ancla %1 existía a más tardar el %2 UTC, según %3.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="220"/>
        <source>Today&apos;s anchor: %1 (%2, %3 changes recorded)</source>
        <translation>Ancla de hoy: %1 (%2, %3 cambios registrados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="228"/>
        <source>time-stamped by %1</source>
        <translation>con sello de tiempo de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed to %1</source>
        <translation>enviada por correo a %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="235"/>
        <source>e-mailed</source>
        <translation>enviada por correo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>copied</source>
        <translation>copiada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/anchor_panel.py" line="236"/>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="115"/>
        <source>Record the answer from %1</source>
        <translation>Registrar la respuesta de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="116"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="118"/>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="119"/>
        <source>It holds &amp;everything asked for</source>
        <translation>Incluye &amp;todo lo pedido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>What was missing</source>
        <translation>Lo que faltaba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="121"/>
        <source>e.g. ratings, the reasons for the deactivation</source>
        <translation>p. ej., calificaciones, los motivos de la desactivación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="125"/>
        <source>&amp;Answered on</source>
        <translation>&amp;Respondida el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="127"/>
        <source>&amp;What was missing</source>
        <translation>Lo &amp;que faltaba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="134"/>
        <source>Say what the answer left out (the follow-up letter names it), or tick that it holds everything.</source>
        <translation>Indica lo que la respuesta omitió (la carta de seguimiento lo nombra), o marca que incluye todo.</translation>
    </message>
</context>
<context>
    <name>AppSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="35"/>
        <source>This app</source>
        <translation>Esta aplicación</translation>
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
        <translation>Bloquear después de estos minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="46"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="48"/>
        <source>Ask about the timer after this many hours</source>
        <translation>Preguntar por el cronómetro después de estas horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="49"/>
        <source>Remind me at</source>
        <translation>Recordarme a las</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="53"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="58"/>
        <source>if nothing is logged that day</source>
        <translation>si ese día no hay nada registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="60"/>
        <source>Paper size for reports</source>
        <translation>Tamaño de papel de los informes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="61"/>
        <source>By my country or region</source>
        <translation>Según mi país o región</translation>
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
        <translation>El de esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="73"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="74"/>
        <source>Lock your records and open Contractor Ledger again in the new language</source>
        <translation>Bloquea tus registros y vuelve a abrir Contractor Ledger en el nuevo idioma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="81"/>
        <source>Lock when idle for</source>
        <translation>Bloquear tras inactividad de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="82"/>
        <source>Ask about a forgotten timer after</source>
        <translation>Preguntar por un cronómetro olvidado después de</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="83"/>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="84"/>
        <source>Paper for reports</source>
        <translation>Papel de los informes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="88"/>
        <source>By country: Letter in the US and Canada, A4 elsewhere. A report can still be made on the other size.</source>
        <translation>Según el país: Carta en EE. UU. y Canadá, A4 en los demás. Igual puedes hacer un informe en el otro tamaño.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/app_section.py" line="114"/>
        <source>The new language applies the next time you open Contractor Ledger.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abras Contractor Ledger.</translation>
    </message>
</context>
<context>
    <name>AutoBackupForm</name>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="35"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="43"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="41"/>
        <source>Back up when I lock or quit</source>
        <translation>Hacer una copia de seguridad al bloquear o salir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="42"/>
        <source>Once a day, if something changed.</source>
        <translation>Una vez al día, si algo cambió.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="45"/>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="117"/>
        <source>Folder for automatic backups</source>
        <translation>Carpeta de las copias automáticas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="46"/>
        <source>A full path, like /home/you/Backups</source>
        <translation>Una ruta completa, como /home/tu/Copias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="47"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="48"/>
        <source>Choose the folder for automatic backups</source>
        <translation>Elegir la carpeta de las copias automáticas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="50"/>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="51"/>
        <source>Use the backups folder beside your records</source>
        <translation>Usar la carpeta de copias junto a tus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Daily backups to keep</source>
        <translation>Copias diarias que se conservan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Weekly backups to keep</source>
        <translation>Copias semanales que se conservan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="58"/>
        <source>Monthly backups to keep</source>
        <translation>Copias mensuales que se conservan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>daily</source>
        <translation>diarias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="60"/>
        <source>weekly</source>
        <translation>semanales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="61"/>
        <source>monthly</source>
        <translation>mensuales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="65"/>
        <source>Save backup settings</source>
        <translation>Guardar la configuración de copias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="71"/>
        <source>Folder (also for Back up now):</source>
        <translation>Carpeta (también para «Hacer copia ahora»):</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="73"/>
        <source>Keep the latest:</source>
        <translation>Conservar las últimas:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/auto_settings.py" line="75"/>
        <source>Older automatic backups are deleted as new ones are made. Backups you make yourself are never deleted. A folder on another disk, or one a cloud drive syncs, keeps a copy safe if this computer fails; backups are encrypted.</source>
        <translation>Las copias automáticas más antiguas se borran a medida que se hacen nuevas. Las copias que haces tú nunca se borran. Una carpeta en otro disco, o una que sincroniza una nube, conserva una copia si esta computadora falla; las copias están cifradas.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="40"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="41"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="42"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="44"/>
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="53"/>
        <source>By you</source>
        <translation>Por ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="57"/>
        <source>Not checked</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="60"/>
        <source>Complete (checked %1)</source>
        <translation>Completa (revisada el %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/model.py" line="61"/>
        <source>Damaged (checked %1)</source>
        <translation>Dañada (revisada el %1)</translation>
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
        <translation>Cancelar el trabajo de copia en curso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="85"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="86"/>
        <source>A backup is an encrypted copy of all your records, evidence included. It opens with the password you had on the day it was made, or with your recovery key. Keep one on another disk too.</source>
        <translation>Una copia de seguridad es una copia cifrada de todos tus registros, evidencias incluidas. Se abre con la contraseña que tenías el día en que se hizo, o con tu clave de recuperación. Guarda también una en otro disco.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="107"/>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="115"/>
        <source>Check it…</source>
        <translation>Revisarla…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="116"/>
        <source>Check the last backup</source>
        <translation>Revisar la última copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="129"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="133"/>
        <source>Back up to…</source>
        <translation>Hacer copia en…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="135"/>
        <source>Check a backup…</source>
        <translation>Revisar una copia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="137"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="138"/>
        <source>Restore your records from a backup</source>
        <translation>Restaurar tus registros desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="149"/>
        <source>Backups in the folder</source>
        <translation>Copias en la carpeta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="153"/>
        <source>Backups in the backup folder</source>
        <translation>Copias en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="164"/>
        <source>No backups in this folder yet. Back up now: it takes a few seconds.</source>
        <translation>Todavía no hay copias en esta carpeta. Haz una ahora: toma unos segundos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="171"/>
        <source>Double-click a backup to check it.</source>
        <translation>Haz doble clic en una copia para revisarla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="195"/>
        <source>No backup yet</source>
        <translation>Todavía no hay copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="196"/>
        <source>Back up now to keep a copy of your records. A backup is also made automatically when you lock, once a day, if your records changed.</source>
        <translation>Haz una copia ahora para guardar tus registros. También se hace una copia automática al bloquear, una vez al día, si tus registros cambiaron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="199"/>
        <source>Backups go to %1</source>
        <translation>Las copias se guardan en %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="203"/>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="205"/>
        <source>Saved as %1</source>
        <translation>Guardada como %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="230"/>
        <source>Backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="236"/>
        <source>Back up to</source>
        <translation>Hacer copia en</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="237"/>
        <source>Backups (*%1)</source>
        <translation>Copias de seguridad (*%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="256"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="267"/>
        <source>Backup saved: %1 (%2). It opens with your current password or your recovery key.</source>
        <translation>Copia guardada: %1 (%2). Se abre con tu contraseña actual o con tu clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="277"/>
        <source>Check a backup</source>
        <translation>Revisar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="285"/>
        <source>Check the backup of %1? It is unpacked into a temporary folder and checked the way a restore would check it. Your records are not changed.</source>
        <translation>¿Revisar la copia de seguridad del %1? Se descomprime en una carpeta temporal y se revisa como lo haría una restauración. Tus registros no cambian.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="287"/>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="297"/>
        <source>Checking the backup…</source>
        <translation>Revisando la copia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="308"/>
        <source>This backup is complete and restores: %1 records, %2 evidence files, %3.</source>
        <translation>Esta copia está completa y se puede restaurar: %1 registros, %2 archivos de evidencia, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/backups/view.py" line="312"/>
        <source>This backup is damaged: %1 (%n problem(s) in all). Nothing was changed; use another backup.</source>
        <translation>
            <numerusform>Esta copia está dañada: %1 (%n problema en total). No se cambió nada; usa otra copia.</numerusform>
            <numerusform>Esta copia está dañada: %1 (%n problemas en total). No se cambió nada; usa otra copia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="341"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="351"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days, so nothing is lost. Contractor Ledger locks while it restores; then unlock with the password you had on the day of the backup, or with the new one if you use your recovery key.</source>
        <translation>¿Reemplazar tus registros con la copia de seguridad del %1?

Tus registros actuales se guardarán aparte en %2 durante %3 días, así que no se pierde nada. Contractor Ledger se bloquea mientras restaura; luego desbloquea con la contraseña que tenías el día de la copia, o con la nueva si usas tu clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="355"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="366"/>
        <source>Checking the backup before restoring…</source>
        <translation>Revisando la copia antes de restaurar…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="386"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="398"/>
        <source>Cancelled. Nothing was written, and your records are unchanged.</source>
        <translation>Cancelado. No se escribió nada y tus registros no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="401"/>
        <source>Wrong password for this backup: it opens with the password you had on the day it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Contraseña incorrecta para esta copia: se abre con la contraseña que tenías el día en que se hizo, o con tu clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="403"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Esa clave de recuperación no abre esta copia. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/view.py" line="405"/>
        <source>This backup is damaged (%1). Nothing was restored or changed; use another backup.</source>
        <translation>Esta copia está dañada (%1). No se restauró ni se cambió nada; usa otra copia.</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="103"/>
        <source>%1  (already linked)</source>
        <translation>%1  (ya vinculado)</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="63"/>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="76"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="77"/>
        <source>Your id on the platform</source>
        <translation>Tu ID en la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="78"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="81"/>
        <source>Workweek starts</source>
        <translation>Inicio de semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Pays within</source>
        <translation>Plazo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="82"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="83"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="93"/>
        <source>Written contract</source>
        <translation>Contrato escrito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="90"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="101"/>
        <source>Engagements and their pay terms history</source>
        <translation>Proyectos y su historial de condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="114"/>
        <source>Add engagement…</source>
        <translation>Añadir proyecto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="116"/>
        <source>New pay terms (a raise)…</source>
        <translation>Nuevas condiciones (aumento)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="117"/>
        <source>Record new terms from a date; earlier work keeps the old terms</source>
        <translation>Registra condiciones nuevas desde una fecha; el trabajo anterior conserva las anteriores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="125"/>
        <source>Rename engagement…</source>
        <translation>Renombrar proyecto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="127"/>
        <source>Correct terms…</source>
        <translation>Corregir condiciones…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="128"/>
        <source>Fix terms recorded wrong; for a raise, use New pay terms</source>
        <translation>Corrige condiciones mal anotadas; para un aumento, usa Nuevas condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="130"/>
        <source>Remove terms</source>
        <translation>Quitar condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="131"/>
        <source>Remove terms recorded by mistake (terms that price work are kept)</source>
        <translation>Quita condiciones anotadas por error (se conservan las que valoran trabajo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="141"/>
        <source>Engagements and pay</source>
        <translation>Proyectos y pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="143"/>
        <source>Terms are dated: a raise applies from its day on, and earlier work keeps the rate it was done at. The terms in force today are in bold.</source>
        <translation>Las condiciones tienen fecha: un aumento se aplica desde su día, y el trabajo anterior conserva la tarifa con que se hizo. Las condiciones vigentes hoy están en negrita.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/detail.py" line="165"/>
        <source>not agreed</source>
        <translation>no acordado</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="126"/>
        <source>Add a client</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="128"/>
        <source>Add client</source>
        <translation>Añadir cliente</translation>
    </message>
</context>
<context>
    <name>ClientEditDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="39"/>
        <source>Edit client details</source>
        <translation>Editar datos del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="40"/>
        <source>The name you use for them</source>
        <translation>El nombre que usas para este cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="41"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="42"/>
        <source>As on the contract or invoices, e.g. Acme Labeling Inc.</source>
        <translation>Como aparece en el contrato o las facturas, p. ej. Acme Labeling Inc.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="44"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="45"/>
        <source>Their postal address, for letters and claims</source>
        <translation>Su dirección postal, para cartas y reclamos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="48"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="49"/>
        <source>A person, email or support page, e.g. support@acme.example</source>
        <translation>Una persona, un correo o una página de soporte, p. ej. support@acme.example</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="50"/>
        <source>Your id on the platform</source>
        <translation>Tu ID en la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="51"/>
        <source>Your worker id or username with them, e.g. AL-20417</source>
        <translation>Tu ID de trabajador o usuario con este cliente, p. ej. AL-20417</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="53"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="57"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="58"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Dónde haces el trabajo, p. ej. MX, CO, US-CA</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="60"/>
        <source>Workweek starts on</source>
        <translation>La semana laboral empieza el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="65"/>
        <source>Days the client has to pay</source>
        <translation>Días que tiene el cliente para pagar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="67"/>
        <source>not agreed</source>
        <translation>no acordado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="68"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="70"/>
        <source>Note about the client</source>
        <translation>Nota sobre el cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="75"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Razón social</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="77"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="78"/>
        <source>Your &amp;id on the platform</source>
        <translation>Tu &amp;ID en la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="79"/>
        <source>C&amp;lassification</source>
        <translation>C&amp;lasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="81"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="82"/>
        <source>&amp;Workweek starts</source>
        <translation>Inicio de &amp;semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="83"/>
        <source>&amp;Pays within</source>
        <translation>&amp;Plazo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="85"/>
        <source>No&amp;te</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/edit_dialog.py" line="101"/>
        <source>A client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="47"/>
        <source>App-based &amp;work (delivery, rideshare): a pay floor may apply</source>
        <translation>Trabajo por &amp;app (reparto, viajes): puede aplicarse un pago mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="49"/>
        <source>App-based work</source>
        <translation>Trabajo por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="50"/>
        <source>Some places set a minimum pay for work through an app, whatever your classification (New York City delivery, Seattle app-based work). Tick this for such an app.</source>
        <translation>Algunos lugares fijan un pago mínimo para el trabajo a través de una app, sea cual sea tu clasificación (reparto en la ciudad de Nueva York, trabajo por app en Seattle). Márcalo para esa app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="60"/>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="61"/>
        <source>The platform, agency or company, e.g. Acme Labeling</source>
        <translation>La plataforma, agencia o empresa, p. ej. Acme Labeling</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>p. ej. 20.00 (déjalo vacío si aún no se acordó)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="67"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="69"/>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="70"/>
        <source>Where you do the work, e.g. US-CA, GB, US-NY-NYC</source>
        <translation>Dónde haces el trabajo, p. ej. MX, CO, US-CA</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="72"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="73"/>
        <source>Contractor (freelancer)</source>
        <translation>Contratista (independiente)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="74"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="76"/>
        <source>Why it matters: employees are owed minimum wage and overtime by law; contractors often are not. What the contract says is a start; how you are treated counts too.</source>
        <translation>Por qué importa: por ley, a los empleados se les debe el salario mínimo y las horas extra; a los contratistas muchas veces no. Lo que dice el contrato es un punto de partida; cómo te tratan también cuenta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="80"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="83"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="84"/>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Jurisdicción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="85"/>
        <source>C&amp;lassification</source>
        <translation>C&amp;lasificación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per hour</source>
        <translation>Tari&amp;fa por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="62"/>
        <source>&amp;Rate per unit</source>
        <translation>Tari&amp;fa por unidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="63"/>
        <source>&amp;Price</source>
        <translation>&amp;Precio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/client_form.py" line="106"/>
        <source>A client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="257"/>
        <source>Your first client</source>
        <translation>Tu primer cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="258"/>
        <source>Who do you work for? A platform, an agency or a company. You can add more later.</source>
        <translation>¿Para quién trabajas? Una plataforma, una agencia o una empresa. Puedes añadir más después.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="260"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="50"/>
        <location filename="../../contractor_app/gui/clients/view.py" line="93"/>
        <source>Add client…</source>
        <translation>Añadir cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="51"/>
        <source>Add a platform or company you work for (Ctrl+Shift+N)</source>
        <translation>Añade una plataforma o empresa para la que trabajas (Ctrl+Shift+N)</translation>
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
        <translation>Los datos del cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/view.py" line="89"/>
        <source>No clients yet. Add the platform or company you work for, with what they pay you, to start logging work and checking your pay.</source>
        <translation>Todavía no hay clientes. Añade la plataforma o empresa para la que trabajas, con lo que te paga, para empezar a registrar tu trabajo y revisar tu pago.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="28"/>
        <source>Columns of this file</source>
        <translation>Columnas de este archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="29"/>
        <source>Transaction &amp;ID</source>
        <translation>&amp;ID de la transacción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Currency</source>
        <translation>Mone&amp;da</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>F&amp;ees</source>
        <translation>C&amp;omisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="30"/>
        <source>&amp;Payer name</source>
        <translation>Nombre del &amp;pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Payer emai&amp;l</source>
        <translation>Corr&amp;eo del pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="31"/>
        <source>Reference (&amp;memo)</source>
        <translation>&amp;Referencia (concepto)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="33"/>
        <source>e.g. my bank</source>
        <translation>p. ej. mi banco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="34"/>
        <source>Name for this kind of file</source>
        <translation>Nombre para este tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="35"/>
        <source>The column choices are saved under this name for the next file.</source>
        <translation>Las columnas elegidas se guardan con este nombre para el próximo archivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="38"/>
        <source>&amp;Name for this kind of file</source>
        <translation>&amp;Nombre para este tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(choose a column)</source>
        <translation>(elige una columna)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/column_mapping.py" line="55"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="32"/>
        <source>Changed on two computers</source>
        <translation>Cambiado en dos computadoras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="38"/>
        <source>Other computer</source>
        <translation>Otra computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="39"/>
        <source>Both versions of the record</source>
        <translation>Las dos versiones del registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="43"/>
        <source>Keep this computer&apos;s</source>
        <translation>Conservar la de esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="55"/>
        <source>Nothing is lost: until you choose, this computer keeps its version and the other version is kept beside it.</source>
        <translation>No se pierde nada: hasta que elijas, esta computadora conserva su versión y la otra se guarda al lado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="76"/>
        <source>Your computers agree: nothing to choose.</source>
        <translation>Tus computadoras coinciden: no hay nada que elegir.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="77"/>
        <source>Keep the other&apos;s</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="80"/>
        <source>%1 of %2: a %3 changed here and on %4.</source>
        <translation>%1 de %2: %3 cambiado aquí y en %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="83"/>
        <source>Keep %1&apos;s</source>
        <translation>Conservar la de %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>work entry</source>
        <translation>registro de trabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="99"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>engagement</source>
        <translation>encargo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="100"/>
        <source>pay terms</source>
        <translation>condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="101"/>
        <source>adjustment</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>trip</source>
        <translation>viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="102"/>
        <source>data record</source>
        <translation>registro de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="103"/>
        <source>access request</source>
        <translation>solicitud de acceso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="104"/>
        <source>what a payment pays for</source>
        <translation>lo que cubre un pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="108"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="109"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="110"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="111"/>
        <source>Id in the imported file</source>
        <translation>Id en el archivo importado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="112"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="113"/>
        <source>Kind of pay</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/sync_conflicts.py" line="119"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
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
        <translation>Hay un contrato escrito guardado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="105"/>
        <source>Link a kept file…</source>
        <translation>Vincular un archivo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="106"/>
        <source>Choose the contract among the files kept in Evidence</source>
        <translation>Elige el contrato entre los archivos guardados en Evidencias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="108"/>
        <source>Add the contract file…</source>
        <translation>Añadir el contrato…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="109"/>
        <source>Keep a file from your computer as evidence and link it as the contract</source>
        <translation>Guarda un archivo de tu computadora como evidencia y vincúlalo como contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="115"/>
        <source>Adding the contract file</source>
        <translation>Añadiendo el archivo del contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="118"/>
        <source>Freelancer laws in several places entitle you to a written contract above a threshold. Keeping it here, fingerprinted, helps prove what was agreed.</source>
        <translation>En varios lugares, las leyes para trabajadores independientes te dan derecho a un contrato escrito a partir de cierto monto. Guardarlo aquí, con su huella, ayuda a probar lo acordado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="143"/>
        <source>On file: %1
SHA-256 %2</source>
        <translation>Guardado: %1
SHA-256 %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="145"/>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="147"/>
        <source>On file, but not kept here. Add the file to have it at hand.</source>
        <translation>Existe, pero no está guardado aquí. Añade el archivo para tenerlo a mano.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="150"/>
        <source>No written contract on file.</source>
        <translation>No hay un contrato escrito guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="181"/>
        <source>Choose the contract file</source>
        <translation>Elegir el archivo del contrato</translation>
    </message>
</context>
<context>
    <name>CostsField</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="120"/>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="141"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="121"/>
        <source>e.g. 45.00, or empty</source>
        <translation>p. ej. 45.00, o vacío</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="124"/>
        <source>Currency of the costs</source>
        <translation>Moneda de los costos</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="198"/>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="200"/>
        <source>Add expense…</source>
        <translation>Añadir gasto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="201"/>
        <source>Edit expense…</source>
        <translation>Editar gasto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="202"/>
        <source>Delete expense</source>
        <translation>Eliminar gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="203"/>
        <source>No expenses in this period. Record what the work costs you (equipment, internet, software, fees taken apart) to see your pay net of costs.</source>
        <translation>No hay gastos en este período. Registra lo que te cuesta el trabajo (equipo, internet, software, comisiones aparte) para ver tu pago neto de costos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="213"/>
        <source>Distance driven</source>
        <translation>Distancia recorrida</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="50"/>
        <source>Hours this week</source>
        <translation>Horas esta semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="51"/>
        <source>Earned this month</source>
        <translation>Ganado este mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="52"/>
        <source>Paid this month</source>
        <translation>Pagado este mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="53"/>
        <source>Owed to you</source>
        <translation>Te deben</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="54"/>
        <source>Pay per hour at your terms, last 12 weeks</source>
        <translation>Pago por hora según tus condiciones, últimas 12 semanas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="55"/>
        <source>Overdue payments</source>
        <translation>Pagos vencidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="77"/>
        <source>Add a client</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="79"/>
        <source>Start the timer</source>
        <translation>Iniciar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="86"/>
        <source>Welcome to your records</source>
        <translation>Te damos la bienvenida a tus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="102"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="124"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="158"/>
        <source>Charts show amounts in %1; amounts in %2 are in the cards, never converted.</source>
        <translation>Los gráficos muestran montos en %1; los montos en %2 están en las tarjetas, nunca convertidos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="167"/>
        <source>Everything you record stays on this computer, encrypted. Start by adding the platform or company you work for, with your rate: then the timer, your pay and the minimum-wage check can work.</source>
        <translation>Todo lo que registras se queda en esta computadora, cifrado. Empieza por añadir la plataforma o empresa para la que trabajas, con tu tarifa: así funcionan el cronómetro, tu pago y la revisión del salario mínimo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="171"/>
        <source>No work logged yet. Start the timer when you begin a task, or add work you already did from the Today view (Ctrl+N). Your hours, pay and what you are owed will show here.</source>
        <translation>Todavía no hay trabajo registrado. Inicia el cronómetro cuando empieces una tarea, o añade trabajo que ya hiciste desde la vista Hoy (Ctrl+N). Aquí verás tus horas, tu pago y lo que te deben.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="233"/>
        <source>%1 entries, %2</source>
        <translation>%1 entradas, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="240"/>
        <source>What the work earned under your terms, with bonuses and adjustments.</source>
        <translation>Lo que ganó el trabajo según tus condiciones, con bonos y ajustes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="243"/>
        <source>%n payments counted</source>
        <translation>
            <numerusform>%n pago contado</numerusform>
            <numerusform>%n pagos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/dashboard/view.py" line="244"/>
        <source>%n payments, %1: each counts in the month the work it covers ends (or, covering no period, when it arrived).</source>
        <translation>
            <numerusform>%n pago, %1: cuenta en el mes en que termina el trabajo que cubre (o, si no cubre un periodo, cuando llegó).</numerusform>
            <numerusform>%n pagos, %1: cada uno cuenta en el mes en que termina el trabajo que cubre (o, si no cubre un periodo, cuando llegó).</numerusform>
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
            <numerusform>desde el inicio, %n cliente</numerusform>
            <numerusform>desde el inicio, %n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="255"/>
        <source>Nothing owed.</source>
        <translation>No te deben nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="262"/>
        <source>No hours in the last 12 weeks.</source>
        <translation>Sin horas en las últimas 12 semanas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="265"/>
        <source>Your terms pay %1 for %2 worked, %3: all hours, unpaid time included. Money not yet received is owed, not underpaid.</source>
        <translation>Tus condiciones pagan %1 por %2 trabajadas, %3: todas las horas, incluido el tiempo no pagado. El dinero aún no recibido se te debe; no es un pago insuficiente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="269"/>
        <source>Minimum wage: %1</source>
        <translation>Salario mínimo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="270"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="273"/>
        <source>Net of costs: %1/h</source>
        <translation>Neto de costos: %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="274"/>
        <source>Costs in the period (fees, expenses, distance): %1</source>
        <translation>Costos en el periodo (comisiones, gastos, distancia): %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="277"/>
        <source>No minimum wage known for where you work.</source>
        <translation>No se conoce el salario mínimo de donde trabajas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="279"/>
        <source>(minimum %1/h)</source>
        <translation>(mínimo %1/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="282"/>
        <source>At or above the minimum wage, %1/h (%2)</source>
        <translation>Igual o mayor al salario mínimo, %1/h (%2)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="293"/>
        <source>(converted at %1)</source>
        <translation>(convertido a %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="300"/>
        <source>App-based pay floor: %1</source>
        <translation>Piso salarial para apps: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="302"/>
        <source>Below the app-based pay floor by %1 (floor %2/h)</source>
        <translation>Por debajo del piso salarial para apps en %1 (piso %2/h)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="304"/>
        <source>At or above the app-based pay floor, %1/h</source>
        <translation>En o por encima del piso salarial para apps, %1/h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="310"/>
        <source>Nothing overdue.</source>
        <translation>Nada vencido.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="311"/>
        <source>Invoices and claims past their due date, and work past your payment terms, not fully paid.</source>
        <translation>Facturas y cobros con la fecha de vencimiento pasada, y trabajo fuera de tu plazo de pago, sin pagar por completo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="317"/>
        <source>%1, %2: %3 due %4, %5 days late</source>
        <translation>%1, %2: %3, vencía el %4, días de retraso: %5</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="320"/>
        <source>%1: %2 of work not paid or invoiced, due %3 by your payment terms, %4 days late</source>
        <translation>%1: %2 de trabajo sin pagar ni facturar, vencido el %3 según tu plazo de pago, %4 días de retraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/dashboard/view.py" line="325"/>
        <source>%1 outstanding, oldest %2 days late</source>
        <translation>%1 pendiente, el más antiguo con %2 días de retraso</translation>
    </message>
</context>
<context>
    <name>DataCollectedDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Edit what was collected about you</source>
        <translation>Editar lo que se recopiló sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="195"/>
        <source>Add what was collected about you</source>
        <translation>Añadir lo que se recopiló sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="198"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="199"/>
        <source>What was collected</source>
        <translation>Qué se recopiló</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="200"/>
        <source>e.g. Hubstaff, Time Doctor, the platform&apos;s own app, or unknown</source>
        <translation>p. ej. Hubstaff, Time Doctor, la app de la plataforma, o desconocida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="201"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="202"/>
        <source>Retention you were told</source>
        <translation>Conservación que te dijeron</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="203"/>
        <source>e.g. kept 90 days; leave empty if you were not told</source>
        <translation>p. ej. se guarda 90 días; déjalo vacío si no te dijeron</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="204"/>
        <source>What it captured</source>
        <translation>Qué registró</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="205"/>
        <source>e.g. a screenshot every 10 minutes, face photos (commas between)</source>
        <translation>p. ej. captura cada 10 min, fotos del rostro (separa con comas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="206"/>
        <source>Anything else: where you were told, what you asked…</source>
        <translation>Cualquier otra cosa: dónde te lo dijeron, qué preguntaste…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="207"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="208"/>
        <source>&amp;What was collected</source>
        <translation>&amp;Qué se recopiló</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="209"/>
        <source>&amp;Tool</source>
        <translation>&amp;Herramienta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="210"/>
        <source>C&amp;onsent</source>
        <translation>C&amp;onsentimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="211"/>
        <source>How you agreed to it. Your privacy report flags &quot;Not asked&quot; and &quot;Refused&quot;.</source>
        <translation>Cómo lo aceptaste. Tu informe de privacidad marca «No se pidió» y «Rechazado».</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="213"/>
        <source>&amp;Retention you were told</source>
        <translation>Pla&amp;zo de conservación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="214"/>
        <source>What it c&amp;aptured</source>
        <translation>Qué &amp;registró</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="216"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="232"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Primero añade un cliente: los registros de datos pertenecen a un cliente (Archivo → Añadir cliente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="235"/>
        <source>Name the tool that collected it, e.g. Hubstaff, or write &quot;unknown&quot;.</source>
        <translation>Indica la herramienta que lo recopiló, p. ej. Hubstaff, o escribe «desconocida».</translation>
    </message>
</context>
<context>
    <name>DataHandledDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Edit data you handled</source>
        <translation>Editar datos que manejaste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="153"/>
        <source>Add data you handled</source>
        <translation>Añadir datos que manejaste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="156"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="157"/>
        <source>Kinds of data</source>
        <translation>Tipos de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="158"/>
        <source>e.g. audio recordings, medical images, chat logs (commas between)</source>
        <translation>p. ej. grabaciones de audio, imágenes médicas, chats (separa con comas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>Whose data</source>
        <translation>De quién son</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="159"/>
        <source>e.g. the client&apos;s customers, patients, children</source>
        <translation>p. ej. los clientes del cliente, pacientes, niños</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="160"/>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="161"/>
        <source>Anything else: the project, where the data came from…</source>
        <translation>Cualquier otra cosa: el proyecto, de dónde venían los datos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="162"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="163"/>
        <source>&amp;Kinds of data</source>
        <translation>&amp;Tipos de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="164"/>
        <source>&amp;Whose data</source>
        <translation>&amp;De quién son</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="165"/>
        <source>Se&amp;nsitivity</source>
        <translation>&amp;Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="167"/>
        <source>Leave the end open while the work goes on.</source>
        <translation>Deja el fin abierto mientras el trabajo continúa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="168"/>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="182"/>
        <source>Add a client first: data records belong to a client (File → Add client).</source>
        <translation>Primero añade un cliente: los registros de datos pertenecen a un cliente (Archivo → Añadir cliente).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="185"/>
        <source>Name the kinds of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Indica los tipos de datos que manejaste, p. ej. grabaciones de audio o chats.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="31"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="40"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="43"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="44"/>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="55"/>
        <source>Link to…</source>
        <translation>Vincular a…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="56"/>
        <source>Link this file to a client, entries, payments or incidents</source>
        <translation>Vincula este archivo a un cliente, entradas, pagos o incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="57"/>
        <source>Unlink…</source>
        <translation>Desvincular…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="58"/>
        <source>Take a link off this file</source>
        <translation>Quitar un vínculo de este archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="60"/>
        <source>Export a copy…</source>
        <translation>Exportar una copia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="61"/>
        <source>Export a copy of this file to a folder</source>
        <translation>Exporta una copia de este archivo a una carpeta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="69"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="70"/>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Huella (SHA-256): si cambiara aunque sea un byte del archivo, sería distinta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="120"/>
        <source>Choose a file in the list to see it here.</source>
        <translation>Elige un archivo de la lista para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="133"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/details.py" line="136"/>
        <source>Not linked yet: use “Link to…” to say what this file is proof of.</source>
        <translation>Aún sin vincular: usa «Vincular a…» para indicar qué prueba este archivo.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="313"/>
        <source>You are ready</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="314"/>
        <source>Your records are set up and encrypted on this computer.</source>
        <translation>Tus registros están creados y cifrados en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="315"/>
        <source>Start the timer when you start working, and stop it when you finish. You can also add work you already did (Ctrl+N).</source>
        <translation>Inicia el cronómetro cuando empieces a trabajar y detenlo cuando termines. También puedes añadir trabajo que ya hiciste (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="318"/>
        <source>Start the timer now</source>
        <translation>Iniciar el cronómetro ahora</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="33"/>
        <source>Drop files here to keep them as evidence</source>
        <translation>Suelta archivos aquí para guardarlos como evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="34"/>
        <source>&lt;b&gt;Drop files here&lt;/b&gt; to keep them as evidence: they are stored encrypted with your records.</source>
        <translation>&lt;b&gt;Suelta archivos aquí&lt;/b&gt; para guardarlos como evidencia: se guardan cifrados con tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="37"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/drop_zone.py" line="38"/>
        <source>Add evidence files</source>
        <translation>Añadir archivos de evidencia</translation>
    </message>
</context>
<context>
    <name>EditTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="269"/>
        <source>Correct pay terms</source>
        <translation>Corregir condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="273"/>
        <source>from the start</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="271"/>
        <source>First day these terms apply</source>
        <translation>Primer día en que se aplican estas condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="274"/>
        <source>Correcting the terms of %1. To record a raise, use New pay terms instead: earlier work keeps its rate.</source>
        <translation>Corrigiendo las condiciones de %1. Para anotar un aumento, usa Nuevas condiciones de pago: el trabajo anterior conserva su tarifa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="276"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="277"/>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="236"/>
        <source>Add an engagement</source>
        <translation>Añadir un proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="238"/>
        <source>Engagement name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="239"/>
        <source>The project or contract, e.g. Search relevance</source>
        <translation>El proyecto o contrato, p. ej. Relevancia de búsqueda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="240"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="241"/>
        <source>Add engagement</source>
        <translation>Añadir proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="242"/>
        <source>e.g. the offer email of 3 March</source>
        <translation>p. ej. el correo de la oferta del 3 de marzo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="251"/>
        <source>An engagement needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>EntriesView</name>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="95"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="118"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="130"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="157"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="158"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="159"/>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="160"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="161"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="166"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="167"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="175"/>
        <source>Client filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="180"/>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="181"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="186"/>
        <source>Search notes, clients and engagements (Ctrl+F)</source>
        <translation>Buscar en notas, clientes y proyectos (Ctrl+F)</translation>
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
            <numerusform>%n registro cambiado en dos computadoras: elige cuál conservar…</numerusform>
            <numerusform>%n registros cambiados en dos computadoras: elige cuáles conservar…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="272"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="300"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="312"/>
        <source>No entries match these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="313"/>
        <source>No entries yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Todavía no hay entradas. Inicia el cronómetro o añade una entrada por trabajo que ya hiciste (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="389"/>
        <source>Adding up %n selected…</source>
        <translation>
            <numerusform>Sumando %n seleccionada…</numerusform>
            <numerusform>Sumando %n seleccionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="396"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/entries/view.py" line="402"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/view.py" line="410"/>
        <source>Select at most %1 entries to delete at once. Nothing was deleted.</source>
        <translation>Selecciona como máximo %1 entradas para eliminar a la vez. No se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="58"/>
        <source>No hourly or per-unit terms for this work (none agreed, or a fixed price).</source>
        <translation>No hay condiciones por hora ni por unidad para este trabajo (no se acordaron o es un precio fijo).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="67"/>
        <source>Overlaps another entry. Both are kept; reports show this.</source>
        <translation>Se superpone con otra entrada. Se conservan ambas; los informes lo muestran.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="69"/>
        <source>Recorded %1 after the work ended.</source>
        <translation>Registrada %1 después de terminar el trabajo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="72"/>
        <source>Imported from a file, not typed in at the time.</source>
        <translation>Importada de un archivo, no escrita en su momento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/entries/models.py" line="74"/>
        <source>Changed after it was recorded; the history keeps every version.</source>
        <translation>Cambiada después de registrarse; el historial guarda cada versión.</translation>
    </message>
</context>
<context>
    <name>EvidenceCapture</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="145"/>
        <location filename="../../contractor_app/gui/capture.py" line="150"/>
        <source>Capture evidence</source>
        <translation>Capturar evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="146"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Capturar evidencia funciona mientras corre el temporizador; inícialo primero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="151"/>
        <source>Your desktop does not let apps take screenshots. Take one with the system&apos;s screenshot tool, then drop the file into Evidence.</source>
        <translation>Tu escritorio no permite que las apps hagan capturas de pantalla. Haz una con la herramienta de capturas del sistema y luego suelta el archivo en Evidencias.</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="72"/>
        <source>%1 is a folder. Nothing was added for it; add the files inside it instead.</source>
        <translation>%1 es una carpeta. No se añadió nada por ella; añade los archivos que contiene.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="79"/>
        <source>%1 is too large (%2): one file can be at most %3. Nothing was added for it; keep a smaller copy, such as a screenshot or a compressed PDF.</source>
        <translation>%1 es demasiado grande (%2): un archivo puede tener como máximo %3. No se añadió nada por él; guarda una copia más pequeña, como una captura o un PDF comprimido.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/importer.py" line="95"/>
        <source>%1 is already kept (as “%2”). Nothing was added for it; it is selected so you can link it.</source>
        <translation>%1 ya está guardado (como «%2»). No se añadió nada por él; está seleccionado para que puedas vincularlo.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="73"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="75"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="78"/>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>La huella del archivo: haz clic en una para copiarla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="80"/>
        <source>SHA-256 %1
Click to copy it.</source>
        <translation>SHA-256 %1
Haz clic para copiarla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/model.py" line="69"/>
        <source>not linked yet</source>
        <translation>aún sin vincular</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="62"/>
        <source>Choose the contract file</source>
        <translation>Elegir el archivo del contrato</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="65"/>
        <source>Kept evidence files</source>
        <translation>Archivos de evidencia guardados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/contract.py" line="67"/>
        <source>No files are kept as evidence yet. Close this and use &quot;Add the contract file…&quot; to add it from your computer.</source>
        <translation>Todavía no hay archivos guardados como evidencia. Cierra esto y usa «Añadir el contrato…» para añadirlo desde tu computadora.</translation>
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
        <translation>Añadiendo archivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="116"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="117"/>
        <source>Stop adding files</source>
        <translation>Dejar de añadir archivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="129"/>
        <source>Keep proof here: screenshots of your task counts, pay statements, emails, the contract. Each file gets a fingerprint (SHA-256) that shows it has not changed.</source>
        <translation>Guarda aquí tus pruebas: capturas de tus conteos de tareas, comprobantes de pago, correos, el contrato. Cada archivo recibe una huella (SHA-256) que muestra que no cambió.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="156"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="170"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="246"/>
        <source>Loading the preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="254"/>
        <source>This file is too large to preview (more than %1). Export a copy to open it in another program.</source>
        <translation>Este archivo es demasiado grande para la vista previa (más de %1). Exporta una copia para abrirlo en otro programa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="258"/>
        <source>No preview for this file. Export a copy to open it in another program.</source>
        <translation>No hay vista previa para este archivo. Exporta una copia para abrirlo en otro programa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="265"/>
        <source>No preview for this file.</source>
        <translation>No hay vista previa para este archivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="274"/>
        <source>Add evidence files</source>
        <translation>Añadir archivos de evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="280"/>
        <source>Files are still being added. Wait for them to finish, then add these.</source>
        <translation>Todavía se están añadiendo archivos. Espera a que terminen y luego añade estos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="292"/>
        <source>Adding %1 of %2: %3</source>
        <translation>Añadiendo %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="300"/>
        <source>Added 1 file.</source>
        <translation>Se añadió 1 archivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="301"/>
        <source>Added %1 files.</source>
        <translation>Se añadieron %1 archivos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="304"/>
        <source>Stopped: 1 file was not added.</source>
        <translation>Detenido: 1 archivo no se añadió.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="305"/>
        <source>Stopped: %1 files were not added.</source>
        <translation>Detenido: %1 archivos no se añadieron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="322"/>
        <source>Fingerprint copied: paste it wherever you need to show it.</source>
        <translation>Huella copiada: pégala donde necesites mostrarla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="346"/>
        <source>Unlinked. Undo (Ctrl+Z) links it again.</source>
        <translation>Desvinculado. Deshacer (Ctrl+Z) lo vuelve a vincular.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="357"/>
        <source>Linked.</source>
        <translation>Vinculado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="362"/>
        <source>Export a copy to…</source>
        <translation>Exportar una copia a…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="371"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="374"/>
        <source>Saved a copy as %1. It matches its fingerprint.</source>
        <translation>Se guardó una copia como %1. Coincide con su huella.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/view.py" line="376"/>
        <source>The copy was not saved: %1</source>
        <translation>No se guardó la copia: %1</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Add expense</source>
        <translation>Añadir gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="99"/>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="101"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="102"/>
        <source>Date paid</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="104"/>
        <source>Amount paid</source>
        <translation>Monto pagado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="105"/>
        <source>e.g. 45.00</source>
        <translation>p. ej. 45.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="107"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="111"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="115"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="116"/>
        <source>optional, e.g. new headset</source>
        <translation>opcional, p. ej. auriculares nuevos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="118"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="119"/>
        <source>No receipt</source>
        <translation>Sin recibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="124"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="125"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="126"/>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="128"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
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
        <translation>Añade primero el archivo del recibo en Evidencias; luego elígelo aquí.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="132"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="160"/>
        <source>Add a client first: an expense is for the work of a client.</source>
        <translation>Añade primero un cliente: un gasto es por el trabajo de un cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="162"/>
        <source>Enter the amount you paid.</source>
        <translation>Escribe el monto que pagaste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/costs.py" line="165"/>
        <source>An expense of zero costs nothing.</source>
        <translation>Un gasto de cero no cuesta nada.</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="31"/>
        <source>How was this worked out? %1</source>
        <translation>¿Cómo se calculó? %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="34"/>
        <source>How the figures were worked out</source>
        <translation>Cómo se calcularon las cifras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="45"/>
        <source>Overtime</source>
        <translation>Horas extra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>Minimum wage</source>
        <translation>Salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="46"/>
        <source>App-based pay floor</source>
        <translation>Pago mínimo por app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="47"/>
        <source>Paid and owed</source>
        <translation>Pagado y adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="53"/>
        <source>Each figure below with its rule, its source, the inputs and the arithmetic, workweek by workweek, so that you or a clinic can check it by hand. An estimate — not legal advice.</source>
        <translation>Cada cifra con su regla, su fuente, los datos y la aritmética, semana laboral por semana laboral, para que tú o una clínica jurídica puedan comprobarla a mano. Una estimación — no asesoramiento legal.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explanation.py" line="67"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="148"/>
        <source>Record an extension claimed by %1</source>
        <translation>Registrar una prórroga pedida por %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="149"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="151"/>
        <source>Told on</source>
        <translation>Comunicada el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>Reason given</source>
        <translation>Motivo dado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="152"/>
        <source>optional: the reason the client gave</source>
        <translation>opcional: el motivo que dio el cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/request_forms.py" line="154"/>
        <source>&amp;Told on</source>
        <translation>&amp;Comunicada el</translation>
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
        <translation>Configurar Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="345"/>
        <source>Open my records</source>
        <translation>Abrir mis registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="375"/>
        <source>Cancel setup?</source>
        <translation>¿Cancelar la configuración?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="376"/>
        <source>Your new records hold nothing yet. Cancel setup and remove them? You can set up again next time you open the app.</source>
        <translation>Tus registros nuevos todavía están vacíos. ¿Cancelar la configuración y eliminarlos? Puedes configurarla de nuevo la próxima vez que abras la aplicación.</translation>
    </message>
</context>
<context>
    <name>ForgottenTimerDialog</name>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="31"/>
        <source>Is the timer still needed?</source>
        <translation>¿Todavía necesitas el cronómetro?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="34"/>
        <source>The timer for %1 has been running since %2. Stop it at the time you finished?</source>
        <translation>El cronómetro de %1 está en marcha desde %2. ¿Lo detenemos a la hora en que terminaste?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="44"/>
        <source>When you finished</source>
        <translation>Cuándo terminaste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="47"/>
        <source>Stop at this time</source>
        <translation>Detener a esta hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/forgotten.py" line="48"/>
        <source>Keep it running</source>
        <translation>Dejarlo en marcha</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Edit the incident</source>
        <translation>Editar el incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="247"/>
        <source>Add an incident</source>
        <translation>Añadir un incidente</translation>
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
        <translation>Ninguno (otra empresa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="252"/>
        <source>Who sent the notice or is in the dispute (empty: the client&apos;s legal name)</source>
        <translation>Quién envió el aviso o está en la disputa (vacío: la razón social del cliente)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>&amp;Notice received on</source>
        <translation>&amp;Aviso recibido el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="254"/>
        <source>Notice received on</source>
        <translation>Aviso recibido el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="255"/>
        <source>Data involved</source>
        <translation>Datos afectados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="256"/>
        <source>As the notice lists it: name, ID number, bank account…</source>
        <translation>Como los enumera el aviso: nombre, número de identificación, cuenta bancaria…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="258"/>
        <source>Steps taken</source>
        <translation>Pasos que diste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="259"/>
        <source>One per line: froze credit, changed passwords, complained to the regulator…</source>
        <translation>Uno por línea: congelé mi crédito, cambié contraseñas, me quejé ante el regulador…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="262"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="263"/>
        <source>Account or worker id, claim code, fraud events…</source>
        <translation>ID de cuenta o de trabajador, código de reclamo, fraudes…</translation>
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
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="269"/>
        <source>&amp;Data involved</source>
        <translation>&amp;Datos afectados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="270"/>
        <source>Ste&amp;ps taken</source>
        <translation>&amp;Pasos que diste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="271"/>
        <source>C&amp;osts</source>
        <translation>C&amp;ostos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="272"/>
        <source>T&amp;ime spent</source>
        <translation>T&amp;iempo dedicado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="273"/>
        <source>So far, in all: credit monitoring, postage, lost pay; and your time.</source>
        <translation>Hasta ahora, en total: monitoreo de crédito, envíos, pago perdido; y tu tiempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="274"/>
        <source>St&amp;atus</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="275"/>
        <source>No&amp;te</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="295"/>
        <source>Name the company involved, or choose the client it concerns.</source>
        <translation>Indica la empresa involucrada o elige el cliente al que se refiere.</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Edit invoice</source>
        <translation>Editar factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="42"/>
        <source>Add invoice or claim</source>
        <translation>Añadir factura o cobro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="46"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="48"/>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="49"/>
        <source>optional, e.g. 2026-014</source>
        <translation>opcional, p. ej. 2026-014</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="51"/>
        <source>Amount billed</source>
        <translation>Monto facturado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="52"/>
        <source>e.g. 640.00</source>
        <translation>p. ej. 640.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="54"/>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="55"/>
        <source>Work from</source>
        <translation>Trabajo desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="56"/>
        <source>Work to</source>
        <translation>Trabajo hasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="57"/>
        <source>The invoice sets a due date:</source>
        <translation>La factura fija un vencimiento:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="58"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="64"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="65"/>
        <source>N&amp;umber</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="66"/>
        <source>&amp;Amount</source>
        <translation>&amp;Monto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="68"/>
        <source>&amp;Issued on</source>
        <translation>&amp;Emitida el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="69"/>
        <source>Work it bills</source>
        <translation>Trabajo facturado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="70"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="72"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Save invoice</source>
        <translation>Guardar factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="73"/>
        <source>Add invoice</source>
        <translation>Añadir factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="103"/>
        <source>Otherwise due %1 days after the work, by your payment terms with this client.</source>
        <translation>Si no, vence %1 días después del trabajo, según tus condiciones de pago con este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="106"/>
        <source>Otherwise due by the deadline of the freelancer payment law where you work, if one applies (estimate — not legal advice).</source>
        <translation>Si no, vence en el plazo de la ley de pago a independientes de donde trabajas, si hay una (estimación — no es asesoría legal).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="118"/>
        <source>Add a client first: an invoice is sent to a client.</source>
        <translation>Primero añade un cliente: una factura se envía a un cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="120"/>
        <source>Enter the amount billed.</source>
        <translation>Escribe el monto facturado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="123"/>
        <source>An invoice of zero bills nothing.</source>
        <translation>Una factura de cero no cobra nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="126"/>
        <source>The work it bills ends before it starts.</source>
        <translation>El trabajo facturado termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/invoice_dialog.py" line="129"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>La fecha de vencimiento es anterior al fin del trabajo facturado.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="224"/>
        <source>Automatic backup failed</source>
        <translation>Falló la copia de seguridad automática</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/controller.py" line="281"/>
        <source>Contractor Ledger keeps running here, with your timer. Use Quit in this menu to close it.</source>
        <translation>Contractor Ledger sigue abierto aquí, con tu cronómetro. Usa Salir en este menú para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="163"/>
        <source>Link “%1”</source>
        <translation>Vincular «%1»</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="170"/>
        <source>Kind of record to link to</source>
        <translation>Tipo de registro que vincular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>A client</source>
        <translation>Un cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="171"/>
        <source>Work entries (newest first)</source>
        <translation>Entradas de trabajo (recientes primero)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Payments (newest first)</source>
        <translation>Pagos (recientes primero)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="172"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="176"/>
        <source>Type to narrow the list: a date, a client, a note…</source>
        <translation>Escribe para filtrar la lista: una fecha, un cliente, una nota…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="177"/>
        <source>Filter the records</source>
        <translation>Filtrar los registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="182"/>
        <source>Records to link to</source>
        <translation>Registros que vincular</translation>
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
        <translation>Filtrar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="197"/>
        <source>Tick what this file is proof of. A file can be linked to several records.</source>
        <translation>Marca lo que prueba este archivo. Un archivo se puede vincular a varios registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="209"/>
        <source>Nothing of this kind is recorded yet.</source>
        <translation>Todavía no hay nada registrado de este tipo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="214"/>
        <source>1 record chosen</source>
        <translation>1 registro elegido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/evidence/link_dialog.py" line="215"/>
        <source>%1 records chosen</source>
        <translation>%1 registros elegidos</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="171"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Pay</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="172"/>
        <source>Data &amp;&amp; privacy</source>
        <translation>Datos y privacidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <location filename="../../contractor_app/gui/main_window.py" line="491"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="173"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="215"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="217"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="222"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="223"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="224"/>
        <source>&amp;Delete selected entries</source>
        <translation>E&amp;liminar las entradas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="227"/>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="230"/>
        <source>Kept %1 as evidence, linked to the running work.</source>
        <translation>%1 guardado como evidencia, vinculado al trabajo en curso.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="231"/>
        <source>&amp;Capture evidence</source>
        <translation>&amp;Capturar evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="233"/>
        <source>Capture a screen &amp;region…</source>
        <translation>Capturar una &amp;región de la pantalla…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="235"/>
        <source>&amp;Lock</source>
        <translation>Bl&amp;oquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="236"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="238"/>
        <source>Add &amp;client…</source>
        <translation>Añadir &amp;cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="240"/>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="242"/>
        <source>Add &amp;invoice…</source>
        <translation>Añadir &amp;factura…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="246"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="248"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Ata&amp;jos de teclado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="249"/>
        <source>&amp;About Contractor Ledger</source>
        <translation>Acerca de Contractor Led&amp;ger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="272"/>
        <source>&amp;Timer</source>
        <translation>Cronó&amp;metro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="278"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="283"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="292"/>
        <source>Lock  (Ctrl+L)</source>
        <translation>Bloquear  (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="293"/>
        <source>Lock your records</source>
        <translation>Bloquear tus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="305"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="336"/>
        <source>Encrypted on this computer</source>
        <translation>Cifrado en esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="337"/>
        <source>Your records are encrypted with your password and stay on this computer; nothing is sent anywhere.</source>
        <translation>Tus registros están cifrados con tu contraseña y se quedan en esta computadora; no se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="453"/>
        <source>&amp;Stop timer</source>
        <translation>De&amp;tener el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="455"/>
        <source>•  timer running</source>
        <translation>•  en marcha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>Start or stop the timer</source>
        <translation>Iniciar o detener el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="488"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="489"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="490"/>
        <source>Switch views</source>
        <translation>Cambiar de vista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Add a client</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="492"/>
        <source>Delete selected entries</source>
        <translation>Eliminar las entradas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="493"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="495"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="515"/>
        <source>records check running…</source>
        <translation>revisión de registros en curso…</translation>
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
        <translation>revisión de registros: %1. No se cambió nada; ejecuta Verify desde la línea de comandos para ver los detalles.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="538"/>
        <source>records check OK %1</source>
        <translation>revisión de registros correcta %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="557"/>
        <source>no backup yet</source>
        <translation>todavía sin copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="558"/>
        <source>A backup is made automatically when you lock, once a day, if your records changed.</source>
        <translation>Se hace una copia de seguridad automática al bloquear, una vez al día, si tus registros cambiaron.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="565"/>
        <source>Your latest backup: %1</source>
        <translation>Tu última copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="567"/>
        <source>last backup %1: back up soon</source>
        <translation>última copia de seguridad %1: haz una pronto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="570"/>
        <source>last backup %1</source>
        <translation>última copia de seguridad %1</translation>
    </message>
</context>
<context>
    <name>NewTermsDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="184"/>
        <source>New pay terms</source>
        <translation>Nuevas condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="186"/>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="190"/>
        <source>First day the new terms apply</source>
        <translation>Primer día en que se aplican las condiciones nuevas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="192"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="193"/>
        <source>Work before this day keeps the terms in force then; work from this day is paid at the new terms.</source>
        <translation>El trabajo anterior a este día conserva las condiciones vigentes en ese momento; el trabajo desde este día se paga con las nuevas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="195"/>
        <source>Save new terms</source>
        <translation>Guardar condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="208"/>
        <source>No pay terms yet.</source>
        <translation>Todavía no hay condiciones de pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="210"/>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="220"/>
        <source>Add an engagement first: pay terms belong to one.</source>
        <translation>Añade primero un proyecto: las condiciones de pago pertenecen a uno.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="92"/>
        <source>known</source>
        <translation>conocida</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="67"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="68"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Monto</translation>
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
        <translation>Factura o por qué no</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="77"/>
        <source>(short by %1)</source>
        <translation>(faltan %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="71"/>
        <source>— to match</source>
        <translation>— por asignar</translation>
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
        <translation>Mostrar la contraseña</translation>
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
        <translation>Elige una contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="89"/>
        <source>It unlocks your records each time you open the app.</source>
        <translation>Desbloquea tus registros cada vez que abres la aplicación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="91"/>
        <source>Create my records</source>
        <translation>Crear mis registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="92"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="93"/>
        <source>Repeat the password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="96"/>
        <source>If you lose both your password and your recovery key, nobody can open your records. Not even us: there is no copy anywhere else.</source>
        <translation>Si pierdes tu contraseña y también tu clave de recuperación, nadie podrá abrir tus registros. Ni siquiera nosotros: no hay ninguna copia en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="102"/>
        <source>Creating your records</source>
        <translation>Creando tus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="105"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="107"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="130"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PasswordSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="33"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="36"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="37"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="39"/>
        <source>Repeat the new password</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="44"/>
        <source>Changing the password</source>
        <translation>Cambiando la contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="46"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="50"/>
        <source>Think your recovery key leaked? Type your current password above and issue a new one: the old one stops working. (If your password leaked, change it: copies of your files from before stop opening with it.)</source>
        <translation>¿Crees que tu clave de recuperación se ha filtrado? Escribe arriba tu contraseña actual y emite una nueva: la antigua deja de funcionar. (Si se filtró tu contraseña, cámbiala: las copias anteriores de tus archivos dejan de abrirse con ella.)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="54"/>
        <source>Issue a new recovery key</source>
        <translation>Emitir una nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="64"/>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="69"/>
        <source>C&amp;urrent password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="70"/>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="72"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pítela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="95"/>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="104"/>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="111"/>
        <source>Moving your records to a new key…</source>
        <translation>Pasando tus registros a una clave nueva…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="124"/>
        <source>Password changed. Use the new one from now on: the old one no longer opens your records, not even with a copy of your files from before. Your recovery key still works. Backups made before open with the password you had then.</source>
        <translation>Contraseña cambiada. Usa la nueva a partir de ahora: la antigua ya no abre tus registros, ni siquiera con una copia anterior de tus archivos. Tu clave de recuperación sigue funcionando. Las copias de seguridad anteriores se abren con la contraseña que tenías entonces.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/password_section.py" line="136"/>
        <source>Your new recovery key is below, shown only now: write it down and keep it away from this computer. The old one no longer works, except for backups made before now.</source>
        <translation>Tu nueva clave de recuperación está abajo y solo se muestra ahora: anótala y guárdala lejos de este computadora. La antigua ya no funciona, salvo para las copias de seguridad hechas antes de ahora.</translation>
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
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="93"/>
        <source>Invoices and claims</source>
        <translation>Facturas y cobros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="94"/>
        <source>Late payments</source>
        <translation>Pagos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="101"/>
        <source>Record payment…</source>
        <translation>Registrar pago…</translation>
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
        <translation>Editar el pago seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="104"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="109"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="105"/>
        <source>Delete the selected payment</source>
        <translation>Eliminar el pago seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="106"/>
        <source>Add invoice…</source>
        <translation>Añadir factura…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="108"/>
        <source>Edit the selected invoice</source>
        <translation>Editar la factura seleccionada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="110"/>
        <source>Delete the selected invoice</source>
        <translation>Eliminar la factura seleccionada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="111"/>
        <source>Import statement…</source>
        <translation>Importar extracto…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="122"/>
        <source>No payments received in this period. When money arrives, record it here: gross amount, fees, and the work it pays for.</source>
        <translation>No hay pagos recibidos en este periodo. Cuando llegue dinero, regístralo aquí: monto bruto, comisiones y el trabajo que paga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="124"/>
        <source>No invoices or claims. Add the invoices you send (or what a platform owes you for a period) to see when each is due and what is late.</source>
        <translation>No hay facturas ni cobros. Añade las facturas que envías (o lo que una plataforma te debe por un periodo) para ver cuándo vence cada una y qué está atrasado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="126"/>
        <source>No late payments in this period.</source>
        <translation>No hay pagos atrasados en este periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="129"/>
        <source>Payments, invoices and late payments</source>
        <translation>Pagos, facturas y pagos atrasados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="136"/>
        <source>To match (0)</source>
        <translation>Por asignar (0)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="138"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="144"/>
        <source>How was this worked out?</source>
        <translation>¿Cómo se calculó?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="147"/>
        <source>How was this worked out? For the selected client</source>
        <translation>¿Cómo se calculó? Para el cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="148"/>
        <source>The rule, its source, the inputs and the arithmetic behind each figure of the selected client, week by week. Or activate a figure.</source>
        <translation>La regla, su fuente, los datos y la aritmética detrás de cada cifra del cliente seleccionado, semana a semana. O activa una cifra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="164"/>
        <source>Paid per hour counts every hour you worked, unpaid time included. The minimum wage is judged on what your agreed terms pay, week by week: money not yet received is owed, not underpaid. Minimum wage figures are an estimate — not legal advice.</source>
        <translation>El pago por hora cuenta cada hora trabajada, incluido el tiempo no pagado. El salario mínimo se juzga por lo que pagan tus condiciones acordadas, semana a semana: el dinero aún no recibido se te debe; no es un pago insuficiente. Las cifras de salario mínimo son una estimación — no asesoramiento legal.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="173"/>
        <source>No clients yet. Add the platform or company that pays you; then record what it pays and what you bill it here.</source>
        <translation>Todavía no hay clientes. Añade la plataforma o empresa que te paga; luego registra aquí lo que te paga y lo que le facturas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="177"/>
        <source>Add a client</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="190"/>
        <source>Pay</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="209"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="210"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="211"/>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="212"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="220"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="221"/>
        <source>To</source>
        <translation>Hasta</translation>
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
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="277"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/main_window.py" line="432"/>
        <location filename="../../contractor_app/gui/pay/view.py" line="307"/>
        <source>! %1 overdue</source>
        <translation>! %1 con atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="324"/>
        <source>No work recorded yet. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Aún no hay trabajo registrado. Inicia el temporizador o añade un registro del trabajo que ya hiciste (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="327"/>
        <source>No work in this period (%1). Choose &quot;All time&quot; to see every balance.</source>
        <translation>No hay trabajo en este período (%1). Elige &quot;Todo el tiempo&quot; para ver todos los saldos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="331"/>
        <source>No payments recorded yet. When money arrives, record it here (Ctrl+Shift+P): gross amount, fees, and the work it pays for.</source>
        <translation>Aún no hay pagos registrados. Cuando llegue dinero, regístralo aquí (Ctrl+Shift+P): monto bruto, comisiones y el trabajo que paga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="335"/>
        <source>No payments recorded in this period (%1). Payments outside it: %2. Choose &quot;All time&quot; to see them.</source>
        <translation>No hay pagos registrados en este período (%1). Pagos fuera de él: %2. Elige &quot;Todo el tiempo&quot; para verlos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="342"/>
        <source>Overdue invoices: %1</source>
        <translation>Facturas vencidas: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="344"/>
        <source>payments that came late in this period: %1</source>
        <translation>pagos que llegaron tarde en este periodo: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="349"/>
        <source>See Invoices and Late payments for the deadline that applies (estimate — not legal advice).</source>
        <translation>Consulta Facturas y Pagos atrasados para ver el plazo que se aplica (estimación — no es asesoría legal).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="355"/>
        <source>Payments received (%1)</source>
        <translation>Pagos recibidos (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="356"/>
        <source>Invoices and claims (%1)</source>
        <translation>Facturas y cobros (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="358"/>
        <source>%1 overdue</source>
        <translation>%1 con atraso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="361"/>
        <source>Late payments (%1)</source>
        <translation>Pagos atrasados (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="423"/>
        <source>Payment deleted. Undo with Ctrl+Z.</source>
        <translation>Pago eliminado. Deshazlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="431"/>
        <source>Statement imported. Payments with no client wait under To match.</source>
        <translation>Extracto importado. Los pagos sin cliente esperan en Por asignar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="436"/>
        <source>To match (%1)</source>
        <translation>Por asignar (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/view.py" line="462"/>
        <source>Invoice deleted. Undo with Ctrl+Z.</source>
        <translation>Factura eliminada. Deshazlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <source>Edit payment</source>
        <translation>Editar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="47"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="50"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="52"/>
        <source>Amount received, before fees</source>
        <translation>Monto recibido, antes de comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="53"/>
        <source>e.g. 350.00</source>
        <translation>p. ej. 350.00</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="55"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="57"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="187"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="58"/>
        <source>optional: platform or transfer fees</source>
        <translation>opcional: comisiones de la plataforma o de la transferencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="60"/>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="188"/>
        <source>Deductions</source>
        <translation>Deducciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="61"/>
        <source>optional: tax withheld, other deductions</source>
        <translation>opcional: impuestos retenidos, otras deducciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="63"/>
        <source>Net amount</source>
        <translation>Monto neto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="64"/>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="68"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="73"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="74"/>
        <source>transaction id, payout number…</source>
        <translation>ID de la transacción, número de pago…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="76"/>
        <source>What it pays for</source>
        <translation>Qué paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="77"/>
        <source>It pays for work from</source>
        <translation>Paga trabajo desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="78"/>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="79"/>
        <source>Period to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="81"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="84"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="85"/>
        <source>&amp;Amount received</source>
        <translation>&amp;Monto recibido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="87"/>
        <source>&amp;Fees</source>
        <translation>&amp;Comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="88"/>
        <source>&amp;Deductions</source>
        <translation>&amp;Deducciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="89"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="90"/>
        <source>Date &amp;received</source>
        <translation>Rec&amp;ibido el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="91"/>
        <source>&amp;Method</source>
        <translation>Mé&amp;todo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="92"/>
        <source>R&amp;eference</source>
        <translation>R&amp;eferencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="93"/>
        <source>&amp;Pays for</source>
        <translation>&amp;Qué paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="94"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="96"/>
        <source>The period decides which work the payment counts against, and when it was due. Paying an invoice covers the invoice&apos;s period unless you set one.</source>
        <translation>El periodo decide a qué trabajo se aplica el pago y cuándo vencía. Pagar una factura cubre el periodo de la factura, salvo que indiques otro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="99"/>
        <source>Save payment</source>
        <translation>Guardar pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="142"/>
        <source>Nothing in particular</source>
        <translation>Nada en particular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="148"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="177"/>
        <source>Add a client first: a payment comes from a client.</source>
        <translation>Primero añade un cliente: un pago viene de un cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="180"/>
        <source>%1 pays in %2; record the amount that arrived in %2.</source>
        <translation>%1 paga en %2; registra el monto que llegó en %2.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="183"/>
        <source>Enter the amount you received.</source>
        <translation>Escribe el monto que recibiste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="186"/>
        <source>A payment of zero is not a payment.</source>
        <translation>Un pago de cero no es un pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="190"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Las comisiones y deducciones suman más que el monto pagado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="195"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/payment_dialog.py" line="214"/>
        <source>Covers the invoice&apos;s period, %1.</source>
        <translation>Cubre el periodo de la factura, %1.</translation>
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
        <translation>Informe de privacidad…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="36"/>
        <source>Make the privacy report or a data-access request letter from these records</source>
        <translation>Haz el informe de privacidad o una carta de solicitud de acceso a datos con estos registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="40"/>
        <source>Data &amp; privacy</source>
        <translation>Datos y privacidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="50"/>
        <source>&amp;Add data you handled…</source>
        <translation>&amp;Añadir datos que manejaste…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="51"/>
        <source>Record the data your work involves for each client: voice recordings, medical images, chat logs, and whose data it is. It shows what you were trusted with, and goes into your privacy report.</source>
        <translation>Registra los datos que maneja tu trabajo para cada cliente: grabaciones de voz, imágenes médicas, chats, y de quién son. Muestra lo que se te confió y va en tu informe de privacidad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="57"/>
        <source>&amp;Add what was collected…</source>
        <translation>&amp;Añadir lo que se recopiló…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="58"/>
        <source>Record what the platform collects about you: screen recording, webcam, ID checks, and what you agreed to. It goes into your privacy report and a data-access request.</source>
        <translation>Registra lo que la plataforma recopila sobre ti: grabación de pantalla, cámara web, verificación de identidad, y lo que aceptaste. Va en tu informe de privacidad y en una solicitud de acceso a datos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="64"/>
        <source>&amp;Add an incident…</source>
        <translation>&amp;Añadir un incidente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="65"/>
        <source>Got a data breach notice, or in a dispute with a client? Record when it happened, the data involved, the steps you took, and what it cost you in money and time. Keep the letters as evidence.</source>
        <translation>¿Recibiste un aviso de filtración de datos o tienes una disputa con un cliente? Registra cuándo ocurrió, los datos afectados, los pasos que diste y lo que te costó en dinero y tiempo. Guarda las cartas como evidencia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Data you handled</source>
        <translation>Datos que manejaste</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="46"/>
        <source>Collected about you</source>
        <translation>Recopilado sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="47"/>
        <source>Breaches and disputes</source>
        <translation>Filtraciones y disputas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="78"/>
        <source>Access requests</source>
        <translation>Solicitudes de acceso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="87"/>
        <source>What data your work involves, what platforms collect about you, and what happened to it. Everything here stays on this computer and goes into your privacy report and data-access request letters.</source>
        <translation>Qué datos maneja tu trabajo, qué recopilan las plataformas sobre ti y qué pasó con ellos. Todo se queda en esta computadora y va en tu informe de privacidad y tus cartas de solicitud de acceso a datos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/view.py" line="106"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="23"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/profile_section.py" line="29"/>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
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
        <translation>Cliente de la nueva entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="34"/>
        <source>Category for the new entry</source>
        <translation>Categoría de la nueva entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="40"/>
        <source>Date of the new entry</source>
        <translation>Fecha de la nueva entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="43"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="46"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="48"/>
        <source>tasks (optional)</source>
        <translation>tareas (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="49"/>
        <source>Units done</source>
        <translation>Unidades hechas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="51"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="52"/>
        <source>Note for the new entry</source>
        <translation>Nota de la nueva entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="53"/>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="65"/>
        <source>To</source>
        <translation>Hasta</translation>
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
        <translation>Primero añade un cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="112"/>
        <source>That ends later than now. Log work once it is done, or use the timer.</source>
        <translation>Eso termina después de ahora. Registra el trabajo cuando esté hecho, o usa el cronómetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="115"/>
        <source>Units must be a positive number.</source>
        <translation>Las unidades deben ser un número positivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/quick_add.py" line="130"/>
        <source> (ends the next day)</source>
        <translation> (termina al día siguiente)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="65"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>&amp;Started on</source>
        <translation>Co&amp;menzó el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="95"/>
        <source>Started on</source>
        <translation>Comenzó el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>&amp;Ended on</source>
        <translation>&amp;Finalizó el</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/forms.py" line="96"/>
        <source>Ended on</source>
        <translation>Finalizó el</translation>
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
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="75"/>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="96"/>
        <source>The selected record in full</source>
        <translation>El registro seleccionado completo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="110"/>
        <source>(empty list)</source>
        <translation>(lista vacía)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="112"/>
        <source>Show all clients</source>
        <translation>Mostrar todos los clientes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="160"/>
        <source>Nothing recorded here for %1.</source>
        <translation>No hay nada registrado aquí para %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="181"/>
        <source>Select a record to see it in full.</source>
        <translation>Selecciona un registro para verlo completo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="215"/>
        <source>Saved. It is not shown for the client chosen above.</source>
        <translation>Guardado. No se muestra para el cliente elegido arriba.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/tab.py" line="226"/>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Eliminado. Deshazlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="167"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="168"/>
        <source>If you forget your password, this key opens your records. It is shown only now.</source>
        <translation>Si olvidas tu contraseña, esta clave abre tus registros. Solo se muestra ahora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="176"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="179"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="181"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="188"/>
        <source>Write it down, or save or print it, and keep it somewhere safe away from this computer. Anyone who has it can open your records.</source>
        <translation>Anótala, guárdala o imprímela, y consérvala en un lugar seguro lejos de esta computadora. Quien la tenga puede abrir tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="193"/>
        <source>A saved PDF is as good as the key: anyone who gets the file can open your records. Save it to a USB stick you keep away from this computer, not to a synced or shared folder, and delete other copies once it is printed.</source>
        <translation>Un PDF guardado vale tanto como la clave: quien obtenga el archivo puede abrir tus registros. Guárdalo en una memoria USB que tengas lejos de este computadora, no en una carpeta sincronizada o compartida, y borra las demás copias una vez impreso.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="199"/>
        <source>I have stored it safely</source>
        <translation>La guardé en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="217"/>
        <source>Save the recovery key (anyone with this file can open your records)</source>
        <translation>Guardar la clave de recuperación (quien tenga este archivo puede abrir tus registros)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="218"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="226"/>
        <source>The PDF could not be saved (%1). Nothing else was changed; try another folder.</source>
        <translation>No se pudo guardar el PDF (%1). No se cambió nada más; prueba con otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="229"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>RecoveryPanel</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="11"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="14"/>
        <source>Your recovery key is a second way into your records: 32 letters and digits in groups of four, shown once when you set up the app, to print or save as a PDF.</source>
        <translation>Tu clave de recuperación es una segunda forma de entrar a tus registros: 32 letras y números en grupos de cuatro, que se mostraron una sola vez al configurar la aplicación, para imprimirla o guardarla como PDF.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="16"/>
        <source>If you forget your password, choose &quot;Forgot your password? Use your recovery key&quot; when you unlock: the key opens your records and you choose a new password. It also opens your backups.</source>
        <translation>Si olvidas tu contraseña, elige «¿Olvidaste tu contraseña? Usa tu clave de recuperación» al desbloquear: la clave abre tus registros y eliges una contraseña nueva. También abre tus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="18"/>
        <source>The app cannot show it again: it is not kept anywhere readable. Changing your password does not change it.</source>
        <translation>La aplicación no puede volver a mostrarla: no se guarda en ningún lugar legible. Cambiar tu contraseña no la cambia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/recovery_panel.py" line="20"/>
        <source>If you lose both your password and your recovery key, nobody can open your records, not even the makers of this app.</source>
        <translation>Si pierdes tu contraseña y también tu clave de recuperación, nadie podrá abrir tus registros, ni siquiera quienes hacen esta aplicación.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="54"/>
        <source>Drag to choose the part of the screen to keep; Escape cancels</source>
        <translation>Arrastra para elegir la parte de la pantalla que quieres guardar; Escape cancela</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="42"/>
        <source>Nothing is logged today yet. Add the work you did, or start the timer.</source>
        <translation>Todavía no registraste nada hoy. Añade el trabajo que hiciste o inicia el cronómetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reminder.py" line="43"/>
        <source>Did you log today&apos;s work? Unlock your records to add it.</source>
        <translation>¿Registraste el trabajo de hoy? Desbloquea tus registros para añadirlo.</translation>
    </message>
</context>
<context>
    <name>RenameEngagementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="300"/>
        <source>Rename engagement</source>
        <translation>Renombrar proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="302"/>
        <source>Engagement name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="305"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="306"/>
        <source>Its entries, pay terms and payments stay with it.</source>
        <translation>Sus entradas, condiciones de pago y pagos siguen con él.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="307"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="316"/>
        <source>An engagement needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="59"/>
        <source>Client the report is about</source>
        <translation>Cliente del informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="61"/>
        <source>Period the report covers</source>
        <translation>Periodo que cubre el informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="62"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="63"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="68"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="71"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="76"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="80"/>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="81"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="82"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="85"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="86"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="88"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/options.py" line="113"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="87"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="88"/>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Making the report</source>
        <translation>Haciendo el informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="101"/>
        <source>Stop making the report</source>
        <translation>Dejar de hacer el informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="109"/>
        <source>Preview of page 1</source>
        <translation>Vista previa de la página 1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="128"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="217"/>
        <source>A %1 is about one client: add a client first (Clients view).</source>
        <translation>El informe «%1» trata de un solo cliente: primero añade un cliente (vista Clientes).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="237"/>
        <source>Making the preview…</source>
        <translation>Haciendo la vista previa…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="246"/>
        <source>No preview for this report.</source>
        <translation>No hay vista previa para este informe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="249"/>
        <source>Page 1, as it will be saved</source>
        <translation>Página 1, tal como se guardará</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="270"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="271"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="288"/>
        <source>Making the report…</source>
        <translation>Haciendo el informe…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="105"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="91"/>
        <source>Prepare for a lawyer or clinic…</source>
        <translation>Preparar para un abogado o clínica…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="92"/>
        <source>Prepare one file for a lawyer or clinic, with a checker</source>
        <translation>Preparar un solo archivo para un abogado o clínica, con un verificador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="93"/>
        <source>One zip with the claim packet, pay summary and privacy report, your entries and payments, your evidence, your anchors and time stamps, and a checker anyone can run without this app.</source>
        <translation>Un zip con el expediente de reclamo, el resumen de pagos y el informe de privacidad, tus registros y pagos, tu evidencia, tus anclas y sellos de tiempo, y un verificador que cualquiera puede ejecutar sin esta app.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="97"/>
        <source>Share with a union or worker centre…</source>
        <translation>Compartir con un sindicato o centro de trabajadores…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="98"/>
        <source>Share your pay figures anonymously with a union or worker centre</source>
        <translation>Comparte tus cifras de pago de forma anónima con un sindicato o centro de trabajadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="147"/>
        <source>Report choices</source>
        <translation>Opciones del informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="165"/>
        <source>Saved the share to %1. Send it to your union or worker centre yourself: the app sends nothing.</source>
        <translation>Datos compartidos guardados en %1. Envíalos tú mismo a tu sindicato o centro de trabajadores: la app no envía nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="298"/>
        <source>A bundle for a lawyer or clinic is about one client: choose the client above first.</source>
        <translation>Un paquete para un abogado o clínica trata de un solo cliente: elige primero el cliente arriba.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="302"/>
        <source>Save the bundle for a lawyer or clinic</source>
        <translation>Guardar el paquete para un abogado o clínica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="303"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="316"/>
        <source>Preparing the bundle: three signed reports, your records and evidence…</source>
        <translation>Preparando el paquete: tres informes firmados, tus registros y evidencia…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="322"/>
        <source>Saved %1: 3 signed reports, %2 entries, %3 payments, %4 evidence files, %5 time stamps. Whoever receives it unzips it and runs verify.py (README.txt inside says how). Your key&apos;s fingerprint, to tell them: %6.</source>
        <translation>Guardado %1: 3 informes firmados, %2 registros, %3 pagos, %4 archivos de evidencia, %5 sellos de tiempo. Quien lo reciba lo descomprime y ejecuta verify.py (el README.txt de adentro explica cómo). La huella de tu clave, para decírsela: %6.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="331"/>
        <source>The bundle was not saved: %1</source>
        <translation>No se guardó el paquete: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Gathering your records…</source>
        <translation>Reuniendo tus registros…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="338"/>
        <source>Laying out the pages…</source>
        <translation>Armando las páginas…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="344"/>
        <source>Saved %1 (%2 entries, %3 payments). It is signed: “Check a report…” can prove later that it was not changed.</source>
        <translation>Se guardó %1 (%2 entradas, %3 pagos). Está firmado: «Revisar un informe…» puede probar después que no cambió.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="351"/>
        <source>Cancelled: no file was saved.</source>
        <translation>Cancelado: no se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/view.py" line="353"/>
        <source>The report was not saved: %1</source>
        <translation>No se guardó el informe: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="106"/>
        <source>Keep this as evidence?</source>
        <translation>¿Guardar esto como evidencia?</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="108"/>
        <source>This image will be kept, encrypted, as evidence of your work for %1.</source>
        <translation>Esta imagen se guardará, cifrada, como evidencia de tu trabajo para %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/capture.py" line="113"/>
        <source>The captured image</source>
        <translation>La imagen capturada</translation>
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
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="31"/>
        <source>Check a backup</source>
        <translation>Revisar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="36"/>
        <source>The password I had on the day of the backup</source>
        <translation>La contraseña que tenía el día de la copia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="37"/>
        <source>My recovery key</source>
        <translation>Mi clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="42"/>
        <source>Password of the day of the backup</source>
        <translation>Contraseña del día de la copia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="44"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="46"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="47"/>
        <source>Repeat the new password</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="51"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="52"/>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="53"/>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="55"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pítela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="65"/>
        <source>It opens with:</source>
        <translation>Se abre con:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/backups/secret_dialog.py" line="80"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="55"/>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="58"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="77"/>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="82"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/view.py" line="99"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Contraseña incorrecta. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="48"/>
        <source>Share with a union or worker centre</source>
        <translation>Compartir con un sindicato o centro de trabajadores</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="56"/>
        <source>First day to share</source>
        <translation>Primer día a compartir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="57"/>
        <source>Last day to share</source>
        <translation>Último día a compartir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Kind of work</source>
        <translation>Tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="64"/>
        <source>Name it</source>
        <translation>Nombrarla</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="65"/>
        <source>Your clients: the kind of work of each, and whether to name it</source>
        <translation>Tus clientes: el tipo de trabajo de cada uno y si nombrarlo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="71"/>
        <source>Everything the share will hold, in plain words</source>
        <translation>Todo lo que contendrá lo compartido, en palabras simples</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="74"/>
        <source>Save share…</source>
        <translation>Guardar lo compartido…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="86"/>
        <source>Unions and worker centres pool anonymous shares to show how platforms pay. The file holds, per month and kind of work: hours in fives, rounded pay, the hourly rate and the minimum wage it was compared with, and late or short payments. No names (unless you tick one), notes, dates or evidence. You send it yourself; the app sends nothing.</source>
        <translation>Los sindicatos y centros de trabajadores reúnen datos anónimos para mostrar cómo pagan las plataformas. El archivo contiene, por mes y tipo de trabajo: horas de cinco en cinco, pagos redondeados, la tarifa por hora y el salario mínimo con que se comparó, y los pagos atrasados o incompletos. Sin nombres (salvo que marques uno), notas, fechas ni evidencia. Lo envías tú; la app no envía nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="93"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="97"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="102"/>
        <source>What the file will hold:</source>
        <translation>Lo que contendrá el archivo:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="117"/>
        <source>Kind of work for %1</source>
        <translation>Tipo de trabajo para %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="120"/>
        <source>Name %1 in the share</source>
        <translation>Nombrar a %1 en lo compartido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>rating</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="129"/>
        <source>transcription</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="130"/>
        <source>moderation</source>
        <translation>moderación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>writing</source>
        <translation>redacción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>delivery</source>
        <translation>reparto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="131"/>
        <source>driving</source>
        <translation>conducción</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="132"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="186"/>
        <source>Save the share</source>
        <translation>Guardar lo compartido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="187"/>
        <source>Share files (*.json)</source>
        <translation>Archivos compartidos (*.json)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/share_dialog.py" line="199"/>
        <source>The share was not saved: %1</source>
        <translation>No se guardó lo compartido: %1</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="52"/>
        <source>PayPal activity download (CSV)</source>
        <translation>Descarga de actividad de PayPal (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="53"/>
        <source>Wise statement or transaction history (CSV)</source>
        <translation>Extracto o historial de transacciones de Wise (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="54"/>
        <source>Upwork transaction history (CSV)</source>
        <translation>Historial de transacciones de Upwork (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="55"/>
        <source>Payoneer transactions (CSV)</source>
        <translation>Transacciones de Payoneer (CSV)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="56"/>
        <source>Bank or other payments (CSV, choose its columns)</source>
        <translation>Banco u otros pagos (CSV, elige sus columnas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="88"/>
        <source>Import a payment statement</source>
        <translation>Importar un extracto de pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="90"/>
        <source>Kind of statement</source>
        <translation>Tipo de extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="94"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="95"/>
        <source>Match each payment by payer</source>
        <translation>Asignar cada pago según el pagador</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="99"/>
        <source>Statement file</source>
        <translation>Archivo del extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="106"/>
        <source>&amp;Statement</source>
        <translation>&amp;Extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="110"/>
        <source>F&amp;rom</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="116"/>
        <source>Payments in the statement</source>
        <translation>Pagos del extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="119"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="122"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="139"/>
        <source>Only money in from clients becomes a payment: withdrawals, transfers between your balances, refunds and holds are counted and skipped. Importing the same statement again adds nothing.</source>
        <translation>Solo el dinero que entra de clientes se convierte en un pago: retiradas, transferencias entre tus saldos, reembolsos y retenciones se cuentan y se omiten. Importar el mismo extracto otra vez no añade nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="149"/>
        <source>Choose a statement</source>
        <translation>Elige un extracto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="150"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="185"/>
        <source>Choose the statement file first.</source>
        <translation>Elige primero el archivo del extracto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="214"/>
        <source>%n new payments, %1 matched to a client.</source>
        <translation>
            <numerusform>%n pago nuevo, %1 asignado a un cliente.</numerusform>
            <numerusform>%n pagos nuevos, %1 asignados a un cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="217"/>
        <source>%1: gross %2, fees %3, net %4.</source>
        <translation>%1: bruto %2, comisiones %3, neto %4.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="221"/>
        <source>Already imported: %1.</source>
        <translation>Ya importados: %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/statement_dialog.py" line="223"/>
        <source>Skipped: %1.</source>
        <translation>Omitidos: %1.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="193"/>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="207"/>
        <source>Too short: use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Muy corta: usa al menos 8 caracteres. Unas cuantas palabras sin relación forman una contraseña segura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="208"/>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation>Débil: fácil de adivinar. Añade más palabras o caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="209"/>
        <source>Fair: could be stronger. Another word would help.</source>
        <translation>Aceptable: podría ser más segura. Otra palabra ayudaría.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="210"/>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="211"/>
        <source>Very strong.</source>
        <translation>Muy segura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="213"/>
        <source>Too common: this is one of the 10,000 passwords anyone with your files tries first. Choose another; a few unrelated words make a strong password.</source>
        <translation>Demasiado común: es una de las 10.000 contraseñas que cualquiera con tus archivos prueba primero. Elige otra; unas cuantas palabras sin relación forman una contraseña fuerte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/widgets.py" line="218"/>
        <source>Use at least 8 characters. A few unrelated words make a strong password.</source>
        <translation>Usa al menos 8 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña fuerte.</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="53"/>
        <source>Your other computers</source>
        <translation>Tus otras computadoras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="73"/>
        <source>Keep your records in step on two computers through a folder your own sync tool keeps in step (Syncthing, Nextcloud, Dropbox, a USB stick). The app writes encrypted files there and never sends anything itself.</source>
        <translation>Mantén tus registros iguales en dos computadoras mediante una carpeta que tu propia herramienta de sincronización mantiene al día (Syncthing, Nextcloud, Dropbox, una memoria USB). La app escribe archivos cifrados ahí y nunca envía nada por sí misma.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="78"/>
        <source>This computer&apos;s name</source>
        <translation>Nombre de esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="80"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="81"/>
        <source>The folder your sync tool keeps in step</source>
        <translation>La carpeta que tu herramienta de sincronización mantiene al día</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="82"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="83"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="150"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="89"/>
        <source>Pairing code from your other computer</source>
        <translation>Código de vinculación de tu otra computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="90"/>
        <source>To join: the code your other computer shows</source>
        <translation>Para unirte: el código que muestra tu otra computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="91"/>
        <source>Start syncing here</source>
        <translation>Empezar a sincronizar aquí</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="93"/>
        <source>Join with the code</source>
        <translation>Unirse con el código</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="100"/>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="101"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="102"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="117"/>
        <source>Pairing code</source>
        <translation>Código de vinculación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="114"/>
        <source>Sync folder and paired computers</source>
        <translation>Carpeta de sincronización y computadoras vinculadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="120"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="122"/>
        <source>Show the pairing code</source>
        <translation>Mostrar el código de vinculación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="125"/>
        <source>A paired computer</source>
        <translation>Una computadora vinculada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="126"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="127"/>
        <source>Stop reading the chosen computer&apos;s changes</source>
        <translation>Dejar de leer los cambios de la computadora elegida</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="182"/>
        <source>Pairing code: %1
On your other computer, choose the same folder (as your sync tool keeps it there), type this code and press “Join with the code”. Keep it to yourself.</source>
        <translation>Código de vinculación: %1
En tu otra computadora, elige la misma carpeta (tal como la mantiene ahí tu herramienta de sincronización), escribe este código y pulsa «Unirse con el código». No lo compartas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="200"/>
        <source>Took %n change(s) from your other devices.</source>
        <translation>
            <numerusform>Se tomó %n cambio de tus otros dispositivos.</numerusform>
            <numerusform>Se tomaron %n cambios de tus otros dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="201"/>
        <source>Wrote %n change file(s).</source>
        <translation>
            <numerusform>Se escribió %n archivo de cambios.</numerusform>
            <numerusform>Se escribieron %n archivos de cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="202"/>
        <source>Paired with %1.</source>
        <translation>Vinculado con %1.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="205"/>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="206"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="232"/>
        <source> (removed)</source>
        <translation> (quitada)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="233"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="234"/>
        <source>This computer: %1</source>
        <translation>Esta computadora: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>Paired: %1</source>
        <translation>Vinculadas: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="235"/>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="204"/>
        <location filename="../../contractor_app/gui/settings_view/sync_section.py" line="237"/>
        <source>%n records changed on two computers: choose in Entries.</source>
        <translation>
            <numerusform>%n registro cambiado en dos computadoras: elige en Entradas.</numerusform>
            <numerusform>%n registros cambiados en dos computadoras: elige en Entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="27"/>
        <source>Pay type</source>
        <translation>Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="28"/>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="29"/>
        <source>Per task</source>
        <translation>Por tarea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="30"/>
        <source>Fixed price</source>
        <translation>Precio fijo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="33"/>
        <location filename="../../contractor_app/gui/rate_fields.py" line="57"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="72"/>
        <source>e.g. 20.00 (in %1)</source>
        <translation>p. ej. 20.00 (en %1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="73"/>
        <source>e.g. 20.00 (leave empty if not agreed yet)</source>
        <translation>p. ej. 20.00 (déjalo vacío si aún no se acordó)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="38"/>
        <source>What one unit of work is called</source>
        <translation>Cómo se llama una unidad de trabajo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="39"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="81"/>
        <source>%1 is paid</source>
        <translation>%1 se paga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="87"/>
        <source>Paid work</source>
        <translation>Trabajo pagado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="89"/>
        <source>Platform fee in percent</source>
        <translation>Comisión de la plataforma en porcentaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="90"/>
        <source>e.g. 20 (leave empty if the platform keeps nothing)</source>
        <translation>p. ej. 20 (déjalo vacío si la plataforma no se queda con nada)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="92"/>
        <source>Note on these terms</source>
        <translation>Nota sobre estas condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="93"/>
        <source>e.g. raise after the annual review</source>
        <translation>p. ej. aumento tras la evaluación anual</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="97"/>
        <source>&amp;Pay type</source>
        <translation>&amp;Tipo de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="101"/>
        <source>Untick work the client does not pay for, such as unpaid training or assessments: it is still recorded, and shows in your reports as unpaid.</source>
        <translation>Desmarca el trabajo que el cliente no paga, como capacitaciones o evaluaciones sin pago: se sigue registrando y aparece en tus informes como no pagado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="104"/>
        <source>Platform &amp;fee (%)</source>
        <translation>Co&amp;misión de la plataforma (%)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="105"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per hour</source>
        <translation>Tari&amp;fa por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="70"/>
        <source>&amp;Rate per unit</source>
        <translation>Tari&amp;fa por unidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="71"/>
        <source>&amp;Price</source>
        <translation>P&amp;recio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="141"/>
        <source>The platform fee</source>
        <translation>La comisión de la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="143"/>
        <source>The platform fee is a percentage from 0 to 100.</source>
        <translation>La comisión de la plataforma es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/terms_form.py" line="147"/>
        <source>Enter the new rate.</source>
        <translation>Escribe la tarifa nueva.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="55"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="60"/>
        <source>A rate of zero is not a rate; leave it empty if the work is unpaid.</source>
        <translation>Una tarifa de cero no es una tarifa; déjala vacía si el trabajo no es pagado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/rate_fields.py" line="66"/>
        <source>Name the unit with one word, such as task or item.</source>
        <translation>Nombra la unidad con una palabra, como tarea o elemento.</translation>
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
        <translation>Tiempo dedicado, horas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="162"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/fields.py" line="163"/>
        <source>Time spent, minutes</source>
        <translation>Tiempo dedicado, minutos</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="52"/>
        <source>Add the platform or company you work for, with your pay terms; then start the timer when you start working.</source>
        <translation>Añade la plataforma o empresa para la que trabajas, con tus condiciones de pago; luego inicia el cronómetro cuando empieces a trabajar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="55"/>
        <source>Add client…</source>
        <translation>Añadir cliente…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="65"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="68"/>
        <source>Engagement</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="70"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="74"/>
        <source>Note (optional, can be added later)</source>
        <translation>Nota (opcional, se puede añadir después)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="75"/>
        <source>Note for the timer</source>
        <translation>Nota del cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="87"/>
        <source>Time on the timer</source>
        <translation>Tiempo en el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="92"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="93"/>
        <source>&amp;Engagement</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="94"/>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tegoría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="146"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Stop the timer</source>
        <translation>Detener el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="148"/>
        <source>Start the timer</source>
        <translation>Iniciar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="149"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="152"/>
        <source>Not running</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="157"/>
        <source>Running since %1</source>
        <translation>En marcha desde %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/timer/panel.py" line="168"/>
        <source>Stopped within a minute: nothing was recorded.</source>
        <translation>Detenido antes de un minuto: no se registró nada.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="41"/>
        <source>Today&apos;s total</source>
        <translation>Total de hoy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="45"/>
        <source>Today&apos;s entries</source>
        <translation>Entradas de hoy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="56"/>
        <source>No entries yet today. Start the timer, or add an entry for work you already did (Ctrl+N).</source>
        <translation>Todavía no hay entradas hoy. Inicia el cronómetro o añade una entrada por trabajo que ya hiciste (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="64"/>
        <source>&lt;b&gt;Add work you already did&lt;/b&gt; (Ctrl+N)</source>
        <translation>&lt;b&gt;Añade trabajo que ya hiciste&lt;/b&gt; (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/today/view.py" line="112"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
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
            <numerusform>Añadida. Se superpone con %n entrada más; ambas se conservan y quedan marcadas.</numerusform>
            <numerusform>Añadida. Se superpone con otras %n entradas; todas se conservan y quedan marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="37"/>
        <source>Add entry…</source>
        <translation>Añadir entrada…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="38"/>
        <source>Capture evidence</source>
        <translation>Capturar evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="39"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="40"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="41"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="82"/>
        <source>Unlock to use the timer</source>
        <translation>Desbloquea para usar el cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="83"/>
        <source>Contractor Ledger: locked</source>
        <translation>Contractor Ledger: bloqueado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="88"/>
        <source>Stop (%1)</source>
        <translation>Detener (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="89"/>
        <source>Contractor Ledger: timer running for %1, %2</source>
        <translation>Contractor Ledger: cronómetro en marcha para %1, %2</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="93"/>
        <source>Start timer (%1)</source>
        <translation>Iniciar cronómetro (%1)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="94"/>
        <source>Start timer</source>
        <translation>Iniciar cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/tray.py" line="96"/>
        <source>Contractor Ledger: timer stopped</source>
        <translation>Contractor Ledger: cronómetro detenido</translation>
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
        <translation>Añadir viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="80"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="81"/>
        <source>Date driven</source>
        <translation>Fecha del viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="83"/>
        <location filename="../../contractor_app/gui/pay/distance.py" line="111"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="84"/>
        <source>e.g. 42.5</source>
        <translation>p. ej., 42.5</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="86"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="91"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="92"/>
        <source>optional, e.g. depot to city centre, odometer 10230-10272</source>
        <translation>opcional, p. ej., del depósito al centro, odómetro 10230-10272</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="94"/>
        <source>C&amp;lient</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="95"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="96"/>
        <source>Di&amp;stance</source>
        <translation>Dis&amp;tancia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="98"/>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="99"/>
        <source>Priced at the official per-distance rate of your country.</source>
        <translation>Valorado con la tarifa oficial por distancia de tu país.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="107"/>
        <source>Add a client first: a trip is for the work of a client.</source>
        <translation>Añade primero un cliente: un viaje es para el trabajo de un cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="109"/>
        <source>Enter the distance you drove.</source>
        <translation>Escribe la distancia que recorriste.</translation>
    </message>
</context>
<context>
    <name>TripsPanel</name>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>Import a GPX track</source>
        <translation>Importar una ruta GPX</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="133"/>
        <source>GPX tracks (*.gpx)</source>
        <translation>Rutas GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="137"/>
        <source>Distance log</source>
        <translation>Registro de distancias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="138"/>
        <source>Add trip…</source>
        <translation>Añadir viaje…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="139"/>
        <source>Import GPX…</source>
        <translation>Importar GPX…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="140"/>
        <source>Delete trip</source>
        <translation>Eliminar viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/distance.py" line="141"/>
        <source>No distance driven in this period. Add a trip from your odometer, or import a GPX track from your phone or bike computer.</source>
        <translation>No hay distancia recorrida en este período. Añade un viaje con tu odómetro o importa una ruta GPX de tu teléfono o ciclocomputador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="193"/>
        <source>Imported %n trip(s) from the GPX track.</source>
        <translation>
            <numerusform>Se importó %n viaje de la ruta GPX.</numerusform>
            <numerusform>Se importaron %n viajes de la ruta GPX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../contractor_app/gui/pay/distance.py" line="195"/>
        <source>%n track day(s) were already in the log and were skipped.</source>
        <translation>
            <numerusform>%n día de la ruta ya estaba en el registro y se omitió.</numerusform>
            <numerusform>%n días de la ruta ya estaban en el registro y se omitieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="46"/>
        <source>Unlock your records - Contractor Ledger</source>
        <translation>Desbloquea tus registros - Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="53"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="65"/>
        <source>Your records: %1</source>
        <translation>Tus registros: %1</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="84"/>
        <source>Unlock your records</source>
        <translation>Desbloquea tus registros</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="86"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="90"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="99"/>
        <source>Forgot your password? Use your recovery key</source>
        <translation>¿Olvidaste tu contraseña? Usa tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="102"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="118"/>
        <source>Use your recovery key</source>
        <translation>Usa tu clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="119"/>
        <source>Type the recovery key you saved when you set up the app (32 letters and digits in groups of four), then choose a new password. The old password stops working.</source>
        <translation>Escribe la clave de recuperación que guardaste al configurar la aplicación (32 letras y números en grupos de cuatro) y luego elige una contraseña nueva. La contraseña anterior deja de funcionar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="123"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="125"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="127"/>
        <source>Repeat the new password</source>
        <translation>Repite la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="135"/>
        <source>&amp;Recovery key</source>
        <translation>Clave de &amp;recuperación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="136"/>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="138"/>
        <source>Re&amp;peat it</source>
        <translation>Re&amp;pítela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="139"/>
        <source>Unlock and set the new password</source>
        <translation>Desbloquear y establecer la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="142"/>
        <source>Back to the password</source>
        <translation>Volver a la contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="193"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="203"/>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="269"/>
        <source>Your records were replaced by an older copy (%1).</source>
        <translation>Tus registros fueron reemplazados por una copia más antigua (%1).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="275"/>
        <source>%1 Nothing was changed. Your backup from %2 can restore it.</source>
        <translation>%1 No se cambió nada. Tu copia de seguridad del %2 puede restaurarlos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="277"/>
        <source>%1 Nothing was changed. Keep this folder as it is, and restore your latest backup to get your records back.</source>
        <translation>%1 No se cambió nada. Deja esta carpeta como está y restaura tu última copia de seguridad para recuperar tus registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="291"/>
        <source>Restore the latest backup (%1)…</source>
        <translation>Restaurar la última copia de seguridad (%1)…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="301"/>
        <source>Type the password you had on the day of the backup, then restore.</source>
        <translation>Escribe la contraseña que tenías el día de la copia de seguridad y luego restaura.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="313"/>
        <source>Restore the latest backup</source>
        <translation>Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/unlock.py" line="314"/>
        <source>Replace your records with the backup of %1?

Your current records will be kept aside in %2 for %3 days. The backup opens with the password you had on the day it was made.</source>
        <translation>¿Reemplazar tus registros con la copia de seguridad del %1?

Tus registros actuales se guardarán aparte en %2 durante %3 días. La copia se abre con la contraseña que tenías el día en que se hizo.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="81"/>
        <source>Check a report…</source>
        <translation>Revisar un informe…</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="82"/>
        <source>Check a report someone sends back</source>
        <translation>Revisar un informe que alguien te devuelve</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="91"/>
        <source>&lt;b&gt;Check a report someone sends back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisar un informe que alguien te devuelve&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="96"/>
        <source>Tells whether a PDF is exactly the report made here, and whether your records still say the same.</source>
        <translation>Indica si un PDF es exactamente el informe hecho aquí, y si tus registros todavía dicen lo mismo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>Check a report</source>
        <translation>Revisar un informe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/reports/verify_panel.py" line="107"/>
        <source>Checking %1…</source>
        <translation>Revisando %1…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="64"/>
        <source>Welcome to Contractor Ledger</source>
        <translation>Te damos la bienvenida a Contractor Ledger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="65"/>
        <source>Your own record of the work you do and the pay you receive.</source>
        <translation>Tu propio registro del trabajo que haces y del pago que recibes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="71"/>
        <source>Log your work each day with a timer or by hand, with the pay terms you agreed.</source>
        <translation>Registra tu trabajo cada día con un cronómetro o a mano, con las condiciones de pago que acordaste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="72"/>
        <source>See what you earned, what you were paid and what is still owed to you.</source>
        <translation>Mira lo que ganaste, lo que te pagaron y lo que todavía te deben.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="73"/>
        <source>Everything stays on this computer, encrypted with your password. Nothing is sent anywhere.</source>
        <translation>Todo se queda en esta computadora, cifrado con tu contraseña. No se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/first_run.py" line="74"/>
        <source>Setup takes about two minutes.</source>
        <translation>La configuración toma unos dos minutos.</translation>
    </message>
</context>
<context>
    <name>WhereToReachYou</name>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="152"/>
        <source>Your address</source>
        <translation>Tu dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="153"/>
        <source>Street, city, postcode (optional; shown on reports and claims)</source>
        <translation>Calle, ciudad, código postal (opcional; aparece en los informes y reclamaciones)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="157"/>
        <source>Your email or phone</source>
        <translation>Tu correo o teléfono</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="158"/>
        <source>Email or phone (optional; shown on claims)</source>
        <translation>Correo o teléfono (opcional; aparece en las reclamaciones)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="160"/>
        <source>Your &amp;address</source>
        <translation>Tu &amp;dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/about_you.py" line="162"/>
        <source>Your email or p&amp;hone</source>
        <translation>Tu correo o &amp;teléfono</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="35"/>
        <source>Edit client details</source>
        <translation>Editar datos del cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="47"/>
        <source>Rename engagement</source>
        <translation>Renombrar proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="73"/>
        <source>Correct pay terms</source>
        <translation>Corregir condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/clients/commands.py" line="89"/>
        <source>Remove pay terms</source>
        <translation>Quitar condiciones de pago</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="23"/>
        <source>Ascension Island</source>
        <translation>Isla Ascensión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="24"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="26"/>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="27"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="28"/>
        <source>Anguilla</source>
        <translation>Anguila</translation>
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
        <translation>Samoa Estadounidense</translation>
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
        <translation>Islas Äland</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="39"/>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="40"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="41"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="42"/>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="43"/>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="44"/>
        <source>Burkina Faso</source>
        <translation>Burquina Faso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="45"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="46"/>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="47"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="48"/>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="49"/>
        <source>St. Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="50"/>
        <source>Bermuda</source>
        <translation>Islas Bermudas</translation>
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
        <translation>Islas BES (Caribe Neerlandés)</translation>
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
        <translation>Bután</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="57"/>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="58"/>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="59"/>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="60"/>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="61"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="62"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="63"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinsasa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="64"/>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="65"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="66"/>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="67"/>
        <source>Côte d’Ivoire</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="68"/>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="69"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="70"/>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="71"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="72"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="73"/>
        <source>Clipperton Island</source>
        <translation>Isla Clipperton</translation>
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
        <translation>Curazao</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="78"/>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="79"/>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="80"/>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="81"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="82"/>
        <source>Diego Garcia</source>
        <translation>Diego García</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="83"/>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="84"/>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="85"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="86"/>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="87"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="88"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta y Melilla</translation>
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
        <translation>Egipto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="92"/>
        <source>Western Sahara</source>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="93"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="94"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="95"/>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="96"/>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="97"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="98"/>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="99"/>
        <source>Falkland Islands</source>
        <translation>Islas Falkland (Malvinas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="100"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="101"/>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="102"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="103"/>
        <source>Gabon</source>
        <translation>Gabón</translation>
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
        <translation>Georgia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="107"/>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
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
        <translation>Groenlandia</translation>
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
        <translation>Guadalupe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="115"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="116"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="117"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
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
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="121"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="122"/>
        <source>Hong Kong SAR China</source>
        <translation>RAE de Hong Kong (China)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="123"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="124"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="125"/>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="126"/>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="127"/>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="128"/>
        <source>Canary Islands</source>
        <translation>Canarias</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="129"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
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
        <translation>Isla de Man</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="133"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="134"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
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
        <translation>Islandia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="138"/>
        <source>Italy</source>
        <translation>Italia</translation>
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
        <translation>Jordania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="142"/>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="143"/>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="144"/>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="145"/>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="146"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="147"/>
        <source>Comoros</source>
        <translation>Comores, Islas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="148"/>
        <source>St. Kitts &amp; Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="149"/>
        <source>North Korea</source>
        <translation>North Korea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="150"/>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="151"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="152"/>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="153"/>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
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
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="161"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="162"/>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="163"/>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="164"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="165"/>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="166"/>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="167"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="168"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="169"/>
        <source>St. Martin</source>
        <translation>San Martín</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="170"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="171"/>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="172"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="173"/>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="174"/>
        <source>Myanmar (Burma)</source>
        <translation>Birmania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="175"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="176"/>
        <source>Macao SAR China</source>
        <translation>RAE de Macao (China)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="177"/>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="178"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
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
        <translation>Mauricio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="183"/>
        <source>Maldives</source>
        <translation>Islas Maldivas</translation>
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
        <translation>Malasia</translation>
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
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="190"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="191"/>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
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
        <translation>Países Bajos</translation>
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
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="200"/>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="201"/>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="202"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="203"/>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="204"/>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="205"/>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="206"/>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="207"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="208"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>San Pedro y Miquelon</translation>
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
        <translation>Territorios Palestinos</translation>
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
        <translation>Catar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="216"/>
        <source>Outlying Oceania</source>
        <translation>Territorios alejados de Oceanía</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="217"/>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="218"/>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="219"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="220"/>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="221"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="222"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="223"/>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="224"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="225"/>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="226"/>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="227"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="228"/>
        <source>St. Helena</source>
        <translation>Santa Elena</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="229"/>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="230"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="231"/>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="232"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
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
        <translation>Surinám</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="237"/>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="238"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>Santo Tomé y Príncipe</translation>
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
        <translation>Esuatini</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="243"/>
        <source>Tristan da Cunha</source>
        <translation>Tristán de Acuña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="244"/>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="245"/>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="246"/>
        <source>French Southern Territories</source>
        <translation>Territorios Franceses del Sur</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="247"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="248"/>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="249"/>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="250"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="251"/>
        <source>Timor-Leste</source>
        <translation>Timor Oriental</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="252"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="253"/>
        <source>Tunisia</source>
        <translation>Tunez</translation>
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
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="257"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="258"/>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="259"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="260"/>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="261"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="262"/>
        <source>U.S. Outlying Islands</source>
        <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
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
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="266"/>
        <source>Vatican City</source>
        <translation>Ciudad del Vaticano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="267"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="268"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="269"/>
        <source>British Virgin Islands</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="270"/>
        <source>U.S. Virgin Islands</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
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
        <translation>Wallis y Futuna</translation>
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
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="279"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/country_names.py" line="280"/>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>deadlines</name>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="23"/>
        <source>One month counted in calendar days; weekends and holidays count.</source>
        <translation>Un mes contado en días naturales; los fines de semana y festivos cuentan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="24"/>
        <source>{months} months counted in calendar days; weekends and holidays count.</source>
        <translation>{months} meses contados en días naturales; los fines de semana y festivos cuentan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="25"/>
        <source>{days} days counted in calendar days; weekends and holidays count.</source>
        <translation>{days} días contados en días naturales; los fines de semana y festivos cuentan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="26"/>
        <source>A last day on a Saturday or Sunday moves to the Monday; the public holidays where the company is are not known here, so a holiday may move it one working day later.</source>
        <translation>Un último día en sábado o domingo pasa al lunes; aquí no se conocen los festivos del lugar de la empresa, así que un festivo puede moverlo un día hábil más.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="29"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays).</source>
        <translation>Un último día en sábado, domingo o festivo en {place} pasa al siguiente día hábil (festivos nacionales).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="31"/>
        <source>A last day on a Saturday, a Sunday or a public holiday in {place} moves to the next working day (national holidays; {regional}).</source>
        <translation>Un último día en sábado, domingo o festivo en {place} pasa al siguiente día hábil (festivos nacionales; {regional}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="33"/>
        <source>The extension claimed on {claimed} came after the first deadline ({first_due}), so it does not move it ({citation}).</source>
        <translation>La prórroga pedida el {claimed} llegó después del primer plazo ({first_due}), así que no lo mueve ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="41"/>
        <source>England and Wales</source>
        <translation>Inglaterra y Gales</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="42"/>
        <source>Northern Ireland</source>
        <translation>Irlanda del Norte</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="43"/>
        <source>Scotland</source>
        <translation>Escocia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="44"/>
        <source>local holidays set by Scottish councils are not counted</source>
        <translation>no se cuentan los festivos locales que fijan los ayuntamientos escoceses</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="45"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="46"/>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="47"/>
        <source>only the nine holidays kept in every Land; a Land&apos;s own (e.g. Epiphany, Corpus Christi, Reformation Day, All Saints) are not counted</source>
        <translation>solo los nueve festivos de todos los Länder; no se cuentan los propios de cada Land (p. ej., Epifanía, Corpus Christi, Día de la Reforma, Todos los Santos)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="49"/>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="50"/>
        <source>an autonomous community&apos;s own holidays (e.g. Maundy Thursday, Easter Monday, its national day) and the Mondays some communities give for a national holiday on a Sunday are not counted</source>
        <translation>no se cuentan los festivos propios de cada comunidad autónoma (p. ej., Jueves Santo, Lunes de Pascua, su día) ni los lunes que algunas comunidades dan por un festivo nacional en domingo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="53"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="54"/>
        <source>Alsace-Moselle&apos;s Good Friday and 26 December and the overseas departments&apos; own days are not counted</source>
        <translation>no se cuentan el Viernes Santo y el 26 de diciembre de Alsacia-Mosela ni los días propios de los departamentos de ultramar</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="56"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="57"/>
        <source>a town&apos;s patron saint&apos;s day is not counted</source>
        <translation>no se cuenta el día del santo patrón de cada localidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="58"/>
        <source>the Netherlands</source>
        <translation>los Países Bajos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/privacy/deadline_text.py" line="59"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="31"/>
        <source>There is already a client named {name!r}; nothing was changed.</source>
        <translation>Ya hay un cliente llamado {name!r}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="32"/>
        <source>{client} already has an engagement named {name!r}; nothing was changed.</source>
        <translation>{client} ya tiene un proyecto llamado {name!r}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="33"/>
        <source>This client already has an engagement named {name!r}; nothing was changed.</source>
        <translation>Este cliente ya tiene un proyecto llamado {name!r}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="34"/>
        <source>The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it first.</source>
        <translation>El cronómetro ya está en marcha para {client} desde el {since:%d/%m/%Y %H:%M}; detenlo primero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="36"/>
        <source>The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts.</source>
        <translation>La entrada termina ({end:%d/%m/%Y %H:%M} UTC) antes o en el momento en que empieza.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="37"/>
        <source>Your records file is damaged ({what}).</source>
        <translation>El archivo de tus registros está dañado ({what}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="38"/>
        <source>Your records file is damaged ({what}). {detail}</source>
        <translation>El archivo de tus registros está dañado ({what}). {detail}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="39"/>
        <source>This backup is damaged ({what}). Nothing was restored or changed; use another backup.</source>
        <translation>Esta copia de seguridad está dañada ({what}). No se restauró ni cambió nada; usa otra copia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="41"/>
        <source>This backup is damaged ({what}). {detail} Nothing was restored or changed; use another backup.</source>
        <translation>Esta copia de seguridad está dañada ({what}). {detail} No se restauró ni cambió nada; usa otra copia.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="43"/>
        <source>The backup folder {folder} cannot be used ({reason}). Your records are safe and unchanged; choose another folder in the backup settings.</source>
        <translation>No se puede usar la carpeta de copias {folder} ({reason}). Tus registros están a salvo y sin cambios; elige otra carpeta en los ajustes de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="45"/>
        <source>Cannot read the backup {path} ({reason}). Nothing was changed.</source>
        <translation>No se puede leer la copia de seguridad {path} ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="46"/>
        <source>{path} is not a backup file. Nothing was changed.</source>
        <translation>{path} no es un archivo de copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="47"/>
        <source>{name} was refused: {why}. Nothing was added.</source>
        <translation>Se rechazó {name}: {why}. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="48"/>
        <source>{name} was refused: {why}. Nothing was imported.</source>
        <translation>Se rechazó {name}: {why}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="49"/>
        <source>There is no file or folder {path}. Nothing was added.</source>
        <translation>No existe el archivo o la carpeta {path}. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="50"/>
        <source>Cannot read {path}: {reason}. Nothing was added.</source>
        <translation>No se puede leer {path}: {reason}. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="51"/>
        <source>{name} holds no files to keep. Nothing was added.</source>
        <translation>{name} no contiene archivos que guardar. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="52"/>
        <source>{path} is a folder; give the file to import. Nothing was imported.</source>
        <translation>{path} es una carpeta; indica el archivo que quieres importar. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="53"/>
        <source>Cannot read {path}: {reason}. Nothing was imported.</source>
        <translation>No se puede leer {path}: {reason}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="54"/>
        <source>{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported.</source>
        <translation>{name} ocupa más de {mib} MiB; divídelo en archivos más pequeños. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="55"/>
        <source>{name} is empty; there is nothing to keep. Nothing was added.</source>
        <translation>{name} está vacío; no hay nada que guardar. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="56"/>
        <source>{path} is not a file; give the file to keep. Nothing was added.</source>
        <translation>{path} no es un archivo; indica el archivo que quieres guardar. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="57"/>
        <source>There is no file {path}. Nothing was added.</source>
        <translation>No existe el archivo {path}. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="59"/>
        <source>{what} {id} does not exist (it may have been deleted).</source>
        <translation>{what} {id} no existe (puede que se haya borrado).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="60"/>
        <source>Units {units} must be a positive number with at most 3 decimal places.</source>
        <translation>Las unidades {units} deben ser un número positivo con 3 decimales como máximo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="61"/>
        <source>The note is longer than {limit} characters.</source>
        <translation>La nota tiene más de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="62"/>
        <source>Kind must be bonus or adjustment, not {kind!r}.</source>
        <translation>El tipo debe ser bonus o adjustment, no {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="63"/>
        <source>Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}</source>
        <translation>{what} tiene evidencia vinculada, así que se conserva; no se borró nada.{advice}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="64"/>
        <source>This {what} is already back in your records; nothing was changed.</source>
        <translation>Ya está de vuelta en tus registros ({what}); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="65"/>
        <source>The client of a deleted {what} no longer exists; it cannot be put back.</source>
        <translation>El cliente de este elemento borrado ({what}) ya no existe; no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="66"/>
        <source>Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York.</source>
        <translation>Zona horaria desconocida {name!r}: usa un nombre como Europe/Berlin o America/New_York.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="67"/>
        <source>Date and time {text!r} is not understood: use a form like 2026-11-26T09:30.</source>
        <translation>No se entiende la fecha y hora {text!r}: usa una forma como 2026-11-26T09:30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="68"/>
        <source>{text!r} does not exist in {zone} (the clocks skipped it); check the time.</source>
        <translation>{text!r} no existe en {zone} (los relojes se lo saltaron); revisa la hora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="69"/>
        <source>Date {text!r} is not understood: use a form like 2026-11-26.</source>
        <translation>No se entiende la fecha {text!r}: usa una forma como 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="70"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="71"/>
        <source>Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30.</source>
        <translation>No se entiende el periodo {text!r}: usa DESDE..HASTA, p. ej. 2026-11-01..2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="72"/>
        <source>{what} {text!r} is not a number.</source>
        <translation>{what}: {text!r} no es un número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="73"/>
        <source>{what} {text!r} is not a plain number.</source>
        <translation>{what}: {text!r} no es un número simple.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="74"/>
        <source>{what} {value} is negative; amounts are recorded as positive numbers.</source>
        <translation>{what}: {value} es negativo; los importes se registran como números positivos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="75"/>
        <source>{what} {value} has more than {allowed} decimal places for {code}.</source>
        <translation>{what}: {value} tiene más de {allowed} decimales para {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="76"/>
        <source>Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task.</source>
        <translation>La tarifa {text!r} necesita una unidad: escribe 25/h por hora o 0.40/task por tarea.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="77"/>
        <source>Rate unit {unit!r} is not understood: use h, or a word such as task or item.</source>
        <translation>No se entiende la unidad de tarifa {unit!r}: usa h, o una palabra como task o item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="79"/>
        <source>Classification must be contractor or employee, not {classification!r}.</source>
        <translation>La clasificación debe ser contractor o employee, no {classification!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="80"/>
        <source>There is no {what} #{id} in your records; nothing was changed.</source>
        <translation>No hay {what} #{id} en tus registros; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="81"/>
        <source>The rate is in {rate_currency} but the client pays in {currency}.</source>
        <translation>La tarifa está en {rate_currency} pero el cliente paga en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="82"/>
        <source>Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight.</source>
        <translation>El inicio de la jornada {text!r} no es una hora: escribe HH:MM, p. ej. 06:00, o midnight.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="83"/>
        <source>No client named {name!r}. Known clients: {known}.</source>
        <translation>No hay ningún cliente llamado {name!r}. Clientes conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="84"/>
        <source>No client named {name!r}. Add one with `client add`.</source>
        <translation>No hay ningún cliente llamado {name!r}. Añade uno con `client add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="85"/>
        <source>{client} has no engagement named {name!r}.</source>
        <translation>{client} no tiene ningún proyecto llamado {name!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="86"/>
        <source>{client} has no engagement.</source>
        <translation>{client} no tiene ningún proyecto.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="87"/>
        <source>{what} is limited to {limit:,} characters; nothing was changed.</source>
        <translation>{what}: el límite es de {limit:,} caracteres; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="88"/>
        <source>{client} pays in {currency}, not {rate_currency}.</source>
        <translation>{client} paga en {currency}, no en {rate_currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="89"/>
        <source>{engagement} already has pay terms from {effective_from}; choose another day. Nothing was changed.</source>
        <translation>{engagement} ya tiene condiciones de pago desde {effective_from}; elige otro día. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="91"/>
        <source>Your entry of {day} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>Tu entrada del {day} quedaría sin condiciones de pago (las primeras empezarían el {first}). Elige un día anterior. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="93"/>
        <source>{count} entries from {start} to {end} would have no pay terms (the first would start on {first}). Choose an earlier day. Nothing was changed.</source>
        <translation>{count} entradas del {start} al {end} quedarían sin condiciones de pago (las primeras empezarían el {first}). Elige un día anterior. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="95"/>
        <source>Your entry of {day} is paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>Tu entrada del {day} se paga con estas condiciones. Corrige las condiciones en lugar de quitarlas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="97"/>
        <source>{count} entries from {start} to {end} are paid at these terms. Correct the terms instead of removing them. Nothing was changed.</source>
        <translation>{count} entradas del {start} al {end} se pagan con estas condiciones. Corrige las condiciones en lugar de quitarlas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="99"/>
        <source>There are no pay terms #{id} in your records; nothing was changed.</source>
        <translation>No hay condiciones de pago #{id} en tus registros; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="100"/>
        <source>Pay type must be hourly, per unit or fixed, not {kind!r}.</source>
        <translation>El tipo de pago debe ser por hora, por unidad o fijo, no {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="101"/>
        <source>The client pays in {currency}, not {rate_currency}; nothing was changed.</source>
        <translation>El cliente paga en {currency}, no en {rate_currency}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="103"/>
        <source>A payment&apos;s method, reference and note are limited to {limit} characters.</source>
        <translation>El método, la referencia y la nota de un pago tienen un límite de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="104"/>
        <source>{client} pays in {currency}; record the amount that arrived in {currency}.</source>
        <translation>{client} paga en {currency}; registra el importe que llegó en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="105"/>
        <source>That invoice is not one of {client}&apos;s; choose one of theirs or none.</source>
        <translation>Esa factura no es de {client}; elige una suya o ninguna.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="106"/>
        <source>An invoice&apos;s number and note are limited to {limit} characters.</source>
        <translation>El número y la nota de una factura tienen un límite de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="107"/>
        <source>An expense&apos;s category is one of {kinds}; not {kind!r}.</source>
        <translation>La categoría de un gasto es una de {kinds}; no {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="108"/>
        <source>An expense&apos;s note is limited to {limit} characters.</source>
        <translation>La nota de un gasto tiene un límite de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="109"/>
        <source>There is no evidence #{id} in your records; keep the receipt with `evidence add` first, then name its number.</source>
        <translation>No hay evidencia #{id} en tus registros; guarda primero el recibo con `evidence add` y luego indica su número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="111"/>
        <source>Distance is in km or mi, not {unit!r}.</source>
        <translation>La distancia va en km o mi, no en {unit!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="112"/>
        <source>A trip of more than {most} {unit} in a day is not believable; check the number.</source>
        <translation>Un viaje de más de {most} {unit} en un día no es creíble; revisa el número.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="113"/>
        <source>A distance has at most {places} decimal places.</source>
        <translation>Una distancia tiene como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="114"/>
        <source>A trip&apos;s note is limited to {limit} characters.</source>
        <translation>La nota de un viaje tiene un límite de {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="115"/>
        <source>A rate converts between two currencies: {base} to {base} is not one.</source>
        <translation>Un tipo de cambio convierte entre dos monedas: de {base} a {base} no lo es.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="116"/>
        <source>Rate {rate} is not a positive number of {target} for 1 {base}.</source>
        <translation>El tipo de cambio {rate} no es un número positivo de {target} por 1 {base}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="117"/>
        <source>Rate {rate} has more than 10 decimal places.</source>
        <translation>El tipo de cambio {rate} tiene más de 10 decimales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="118"/>
        <source>A rate from {base} to {target} on {on} is already recorded (see `rate list`).</source>
        <translation>Ya hay un tipo de cambio de {base} a {target} registrado el {on} (mira `rate list`).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="119"/>
        <source>{amount} cannot be {client}&apos;s payment: they pay in {currency}.</source>
        <translation>{amount} no puede ser un pago de {client}: paga en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="120"/>
        <source>That invoice is not one of {client}&apos;s in {currency}.</source>
        <translation>Esa factura no es una de las de {client} en {currency}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="121"/>
        <source>Statement payment {id} does not exist.</source>
        <translation>El pago del extracto {id} no existe.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="122"/>
        <source>{format!r} statements need no column mapping.</source>
        <translation>Los extractos {format!r} no necesitan asignación de columnas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="123"/>
        <source>Unknown statement format {format!r}: use one of {formats}.</source>
        <translation>Formato de extracto desconocido {format!r}: usa uno de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="124"/>
        <source>No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (date, amount and id needed).</source>
        <translation>Aún no hay asignación de columnas guardada para {name!r}: indícala con --map FIELD=COLUMN para los campos {fields} (se necesitan date, amount e id).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="126"/>
        <source>Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _.</source>
        <translation>Nombre de origen {source!r}: usa hasta 60 letras, cifras, espacios, puntos, guiones o _.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="128"/>
        <source>There is already a file at {path}; nothing was written. Choose another name.</source>
        <translation>Ya hay un archivo en {path}; no se escribió nada. Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="129"/>
        <source>The backup could not be written to {folder} ({reason}). Your records are safe and unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder} ({reason}). Tus registros están a salvo y sin cambios.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="131"/>
        <source>Keep between 0 and {most} backups per period, not {value}.</source>
        <translation>Conserva entre 0 y {most} copias por periodo, no {value}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="132"/>
        <source>The backup folder must be a full path, like /home/you/Backups, not {folder!r}.</source>
        <translation>La carpeta de copias debe ser una ruta completa, como /home/you/Backups, no {folder!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="133"/>
        <source>Cannot make the folder {folder}: {reason}. Nothing was written.</source>
        <translation>No se puede crear la carpeta {folder}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="134"/>
        <source>Evidence #{id} does not match its fingerprint; run `verify`. The export was not written.</source>
        <translation>La evidencia #{id} no coincide con su huella; ejecuta `verify`. No se escribió la exportación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="136"/>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>No se puede escribir {path}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="137"/>
        <source>{path} is a folder; give a file name. Nothing was written.</source>
        <translation>{path} es una carpeta; indica un nombre de archivo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="138"/>
        <source>Choose a place outside your records folder ({folder}); nothing was written.</source>
        <translation>Elige un lugar fuera de la carpeta de tus registros ({folder}); no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="139"/>
        <source>Give a file name in an existing folder, not {path}. Nothing was written.</source>
        <translation>Indica un nombre de archivo en una carpeta existente, no {path}. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="140"/>
        <source>Choose a place outside your records folder ({folder}). Nothing was written.</source>
        <translation>Elige un lugar fuera de la carpeta de tus registros ({folder}). No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="141"/>
        <source>The password must have at least {count} characters.</source>
        <translation>La contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="142"/>
        <source>There are already records in {folder}; nothing was changed.</source>
        <translation>Ya hay registros en {folder}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="143"/>
        <source>No records found in {folder}. Create them with `contractor-app init`.</source>
        <translation>No se encontraron registros en {folder}. Créelos con `contractor-app init`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="144"/>
        <source>Updating your records to this version of the app failed ({error}); they were left exactly as they were. Please report this, and keep using the previous version meanwhile.</source>
        <translation>No se pudieron actualizar tus registros a esta versión de la aplicación ({error}); quedaron exactamente como estaban. Informa del problema y, mientras tanto, sigue usando la versión anterior.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="148"/>
        <source>No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for the fields {fields} (start, and end or duration, needed).</source>
        <translation>Aún no hay asignación de columnas guardada para {source!r}: indícala con --map FIELD=COLUMN para los campos {fields} (se necesita start, y end o duration).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="150"/>
        <source>Unknown import format {format!r}: use one of {formats}.</source>
        <translation>Formato de importación desconocido {format!r}: usa uno de {formats}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="151"/>
        <source>{name}, {where}: no client. Choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name}, {where}: sin cliente. Elige el cliente de estas entradas con --client NAME. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="153"/>
        <source>{name} has no clients: choose the client these entries are for with --client NAME. Nothing was imported.</source>
        <translation>{name} no tiene clientes: elige el cliente de estas entradas con --client NAME. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="155"/>
        <source>{name} names clients that are not in your records: {listed} and {more} more. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} nombra clientes que no están en tus registros: {listed} y {more} más. Añade cada uno con `contractor-app client add NAME --rate ...`, o pon todas las entradas bajo un cliente con --client NAME. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="158"/>
        <source>{name} names clients that are not in your records: {listed}. Add each with `contractor-app client add NAME --rate ...`, or put every entry under one client with --client NAME. Nothing was imported.</source>
        <translation>{name} nombra clientes que no están en tus registros: {listed}. Añade cada uno con `contractor-app client add NAME --rate ...`, o pon todas las entradas bajo un cliente con --client NAME. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="161"/>
        <source>{client} has no engagement to import into. Nothing was imported.</source>
        <translation>{client} no tiene ningún proyecto al que importar. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="162"/>
        <source>Unknown mapping field {field!r}: use {fields}.</source>
        <translation>Campo de asignación desconocido {field!r}: usa {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="163"/>
        <source>The mapping of {name!r} must name a column.</source>
        <translation>La asignación de {name!r} debe nombrar una columna.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="164"/>
        <source>--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin).</source>
        <translation>--map {pair!r} no es FIELD=COLUMN (p. ej. --map start=Begin).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="165"/>
        <source>{file} has no column {name!r} (columns: {columns}). Nothing was imported.</source>
        <translation>{file} no tiene la columna {name!r} (columnas: {columns}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="166"/>
        <source>{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported.</source>
        <translation>{name} no es un archivo GPX legible ({problem}, línea {line}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="167"/>
        <source>{name} has no track with two points or more; nothing to measure. Nothing was imported.</source>
        <translation>{name} no tiene ningún recorrido con dos puntos o más; no hay nada que medir. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="169"/>
        <source>{name}: {track} has points without a time, so its days cannot be told; record the trip by hand with `distance add`. Nothing was imported.</source>
        <translation>{name}: {track} tiene puntos sin hora, así que no se pueden saber sus días; registra el viaje a mano con `distance add`. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="171"/>
        <source>The mapping needs {fields}.</source>
        <translation>La asignación necesita {fields}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="172"/>
        <source>{name}: no column is chosen as the currency; say which client the payments are from (their currency is used) or choose the currency column. Nothing was imported.</source>
        <translation>{name}: no se eligió ninguna columna como moneda; indica de qué cliente son los pagos (se usa su moneda) o elige la columna de moneda. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="174"/>
        <source>{name} is not a zip file that can be read ({error}). Nothing was added.</source>
        <translation>{name} no es un archivo zip legible ({error}). No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="176"/>
        <source>This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); nothing was added. Link that one with `evidence link {id}`.</source>
        <translation>Este archivo ya se guarda como evidencia #{id} ({name!r}, añadida el {added:%d/%m/%Y}); no se añadió nada. Vincula esa con `evidence link {id}`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="178"/>
        <source>File type {media_type!r} is not understood: use a form like application/pdf or image/png.</source>
        <translation>No se entiende el tipo de archivo {media_type!r}: usa una forma como application/pdf o image/png.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="180"/>
        <source>Evidence #{id} is not linked to {records}; nothing was changed.</source>
        <translation>La evidencia #{id} no está vinculada a {records}; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="181"/>
        <source>{name!r} is the written contract on file for {client}: change that in Clients first. Nothing was changed.</source>
        <translation>{name!r} es el contrato escrito guardado de {client}: cámbialo primero en Clientes. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="183"/>
        <source>{path} already exists; choose a new file name. Nothing was written.</source>
        <translation>{path} ya existe; elige un nombre de archivo nuevo. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="184"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>La carpeta {folder} no existe. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="185"/>
        <source>{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller copy or split it. Nothing was added.</source>
        <translation>{name} ocupa más de {mb} MB, el máximo de una evidencia; guarda una copia más pequeña o divídelo. No se añadió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="187"/>
        <source>An evidence name is one line of at most {limit} characters.</source>
        <translation>El nombre de una evidencia es una línea de {limit} caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="188"/>
        <source>Evidence can be linked to {kinds}, not {entity!r}.</source>
        <translation>La evidencia se puede vincular a {kinds}, no a {entity!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="189"/>
        <source>There is no evidence #{id} in your records; `evidence list` shows it all.</source>
        <translation>No hay evidencia #{id} en tus registros; `evidence list` la muestra toda.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="190"/>
        <source>How the anchor went must be one of {hows}, not {how!r}.</source>
        <translation>Cómo se envió el anclaje debe ser uno de {hows}, no {how!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="191"/>
        <source>Where the anchor went is at most {limit} characters.</source>
        <translation>A dónde fue el anclaje tiene como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="192"/>
        <source>This time stamp is already kept with anchor {code}.</source>
        <translation>Este sello de tiempo ya se guarda con el anclaje {code}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="193"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="194"/>
        <source>No anchor {code!r} in these records: `anchor list` shows them.</source>
        <translation>No hay ningún anclaje {code!r} en estos registros: `anchor list` los muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="195"/>
        <source>The CA file {name} cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo de CA {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="196"/>
        <source>The CA file {name} is too large to be a certificate bundle.</source>
        <translation>El archivo de CA {name} es demasiado grande para ser un paquete de certificados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="197"/>
        <source>The CA file {name} holds no readable certificate (PEM or DER).</source>
        <translation>El archivo de CA {name} no contiene ningún certificado legible (PEM o DER).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="198"/>
        <source>The authority did not grant this time stamp (status: {status}).</source>
        <translation>La autoridad no concedió este sello de tiempo (estado: {status}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="199"/>
        <source>The time stamp uses a digest this app does not accept ({algorithm}).</source>
        <translation>El sello de tiempo usa un resumen que esta aplicación no acepta ({algorithm}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="201"/>
        <source>Paper must be a4 or letter, not {paper!r}.</source>
        <translation>El papel debe ser a4 o letter, no {paper!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="202"/>
        <source>Cannot read {name}: {reason}. Nothing was changed.</source>
        <translation>No se puede leer {name}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="203"/>
        <source>Unknown report {kind!r}: choose one of {kinds}.</source>
        <translation>Informe desconocido {kind!r}: elige uno de {kinds}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="204"/>
        <source>A {kind} report is about one client: add --client NAME.</source>
        <translation>Un informe {kind} trata de un solo cliente: añade --client NAME.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="205"/>
        <source>Nothing recorded for {client!r} in this period.</source>
        <translation>No hay nada registrado para {client!r} en este periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="206"/>
        <source>Reports can be written in {languages}, not {code!r}.</source>
        <translation>Los informes se pueden escribir en {languages}, no en {code!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="208"/>
        <source>Paper size must be one of {sizes}, not {choice!r}.</source>
        <translation>El tamaño de papel debe ser uno de {sizes}, no {choice!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="209"/>
        <source>The password must have at least {count} characters. Nothing was changed.</source>
        <translation>La contraseña debe tener al menos {count} caracteres. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="210"/>
        <source>The saved column mapping of {source!r} is damaged; give it again with --map.</source>
        <translation>La asignación de columnas guardada de {source!r} está dañada; vuelve a indicarla con --map.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="211"/>
        <source>The address is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>La dirección es demasiado larga: mantenla por debajo de {limit} caracteres. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="212"/>
        <source>The contact is too long: keep it under {limit} characters. Nothing was changed.</source>
        <translation>El contacto es demasiado largo: mantenlo por debajo de {limit} caracteres. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="214"/>
        <source>Data record #{id} is about data {direction}, not {wanted}; nothing was changed. Add a new record instead.</source>
        <translation>El registro de datos #{id} trata de datos {direction}, no {wanted}; no se cambió nada. Añade un registro nuevo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="216"/>
        <source>Direction must be handled or collected, not {direction!r}.</source>
        <translation>La dirección debe ser handled o collected, no {direction!r}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="217"/>
        <source>There is no data record #{id} in your records; `data list` shows them.</source>
        <translation>No hay registro de datos #{id} en tus registros; `data list` los muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="218"/>
        <source>{what} is limited to {limit:,} characters.</source>
        <translation>{what}: el límite es de {limit:,} caracteres.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="219"/>
        <source>Give at most {most} of them; group similar kinds of data together.</source>
        <translation>Indica {most} como máximo; agrupa los tipos de datos parecidos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="220"/>
        <source>{what} {value!r} is not one of: {allowed}.</source>
        <translation>{what}: {value!r} no es ninguno de estos: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="221"/>
        <source>{day} is in the future; record what has already happened (leave the end date empty while it goes on).</source>
        <translation>{day} está en el futuro; registra lo que ya ha pasado (deja la fecha de fin vacía mientras continúe).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="223"/>
        <source>Say which law the request is made under ({laws}): {client}&apos;s jurisdiction does not tell.</source>
        <translation>Indica bajo qué ley se hace la solicitud ({laws}): la jurisdicción de {client} no lo dice.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="225"/>
        <source>The answer cannot come before the request was sent ({sent_on}).</source>
        <translation>La respuesta no puede ser anterior al envío de la solicitud ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="226"/>
        <source>The extension cannot come before the request was sent ({sent_on}).</source>
        <translation>La prórroga no puede ser anterior al envío de la solicitud ({sent_on}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="227"/>
        <source>There is no access request #{id} in your records; `dsar list` shows them.</source>
        <translation>No hay solicitud de acceso #{id} en tus registros; `dsar list` las muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="228"/>
        <source>The steps taken are limited to {limit:,} characters in all.</source>
        <translation>Las medidas tomadas tienen un límite de {limit:,} caracteres en total.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="229"/>
        <source>The time spent is limited to {hours:,} hours.</source>
        <translation>El tiempo dedicado tiene un límite de {hours:,} horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="230"/>
        <source>{folder} is not a folder of share files.</source>
        <translation>{folder} no es una carpeta de archivos compartidos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="231"/>
        <source>{folder} holds more than {most:,} share files; summarise them in parts.</source>
        <translation>{folder} contiene más de {most:,} archivos compartidos; resúmelos por partes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="232"/>
        <source>There is no incident #{id} in your records; `incident list` shows them.</source>
        <translation>No hay incidente #{id} en tus registros; `incident list` los muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="233"/>
        <source>No access request to {client} needs a follow-up on {as_of}: none is past its deadline without an answer, or answered in part. `dsar list` shows them.</source>
        <translation>Ninguna solicitud de acceso a {client} necesita seguimiento al {as_of}: ninguna ha pasado su plazo sin respuesta ni se respondió en parte. `dsar list` las muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="236"/>
        <source>Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP.</source>
        <translation>Código de moneda desconocido {code!r}: usa un código ISO 4217 como USD, EUR o GBP.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="237"/>
        <source>Unknown category {name!r}: choose one of {categories}.</source>
        <translation>Categoría desconocida {name!r}: elige una de {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="238"/>
        <source>Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, CA-ON) or a city (US-NY-NYC).</source>
        <translation>No se entiende la jurisdicción {code!r}: usa un país (US, GB), una región (US-CA, CA-ON) o una ciudad (US-NY-NYC).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="240"/>
        <source>{category!r} for {client} is not a kind of work; use one of: {categories}.</source>
        <translation>{category!r} para {client} no es un tipo de trabajo; usa uno de: {categories}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="242"/>
        <source>{folder} is not a folder. Choose the folder your sync tool keeps in step.</source>
        <translation>{folder} no es una carpeta. Elige la carpeta que tu herramienta de sincronización mantiene al día.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="243"/>
        <source>No single paired device is {device!r}; `sync status` lists them.</source>
        <translation>Ningún dispositivo emparejado único es {device!r}; `sync status` los enumera.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="244"/>
        <source>Syncing stopped: a change from another computer does not fit the records here ({error}). Nothing was changed; `sync conflicts` and `sync status` show the state.</source>
        <translation>La sincronización se detuvo: un cambio de otro ordenador no encaja con los registros de aquí ({error}). No se cambió nada; `sync conflicts` y `sync status` muestran el estado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="246"/>
        <source>The sync folder {folder} is not there (a drive not connected?). Nothing was changed.</source>
        <translation>La carpeta de sincronización {folder} no está (¿una unidad sin conectar?). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="248"/>
        <source>No conflict #{id}; `sync conflicts` lists them.</source>
        <translation>No hay conflicto #{id}; `sync conflicts` los enumera.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="254"/>
        <source>Wrong password. Nothing was changed.</source>
        <translation>Contraseña incorrecta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="255"/>
        <source>Your records are locked. Unlock them first.</source>
        <translation>Tus registros están bloqueados. Desbloquéalos primero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="256"/>
        <source>Your records are busy in another window. Nothing was changed; try again.</source>
        <translation>Tus registros están ocupados en otra ventana. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="257"/>
        <source>That recovery key does not open these records. Nothing was changed.</source>
        <translation>Esa clave de recuperación no abre estos registros. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="258"/>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>La contraseña actual es incorrecta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="259"/>
        <source>That recovery key does not open this backup. Nothing was changed.</source>
        <translation>Esa clave de recuperación no abre esta copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="260"/>
        <source>The timer is not running.</source>
        <translation>El cronómetro no está en marcha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="261"/>
        <source>The entry ends in the future; log work once it is done, or use the timer.</source>
        <translation>La entrada termina en el futuro; anota el trabajo cuando esté hecho, o usa el cronómetro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="262"/>
        <source>Breaks must be shorter than the entry itself.</source>
        <translation>Las pausas deben ser más cortas que la propia entrada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="263"/>
        <source>An entry is linked to a payment; remove that link first. Nothing was deleted.</source>
        <translation>Una entrada está vinculada a un pago; quite primero ese vínculo. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="264"/>
        <source>This is one of the 10,000 most common passwords, the first ones anyone who has your files tries. Choose another: a few unrelated words make a strong password. Nothing was changed.</source>
        <translation>Esta es una de las 10.000 contraseñas más comunes, las primeras que prueba cualquiera que tenga tus archivos. Elige otra: unas cuantas palabras sin relación forman una contraseña fuerte. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="268"/>
        <source>Wrong password for this backup: it opens with the password you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Contraseña incorrecta para esta copia: se abre con la contraseña que tenías cuando se hizo, o con tu clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="270"/>
        <source>This restore was already finished or thrown away; nothing was changed. Start it again.</source>
        <translation>Esta restauración ya se terminó o se descartó; no se cambió nada. Vuelve a empezarla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="272"/>
        <source>Your records are still open here. Lock them, then restore again. Nothing was changed.</source>
        <translation>Tus registros siguen abiertos aquí. Bloquéalos y vuelve a restaurar. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="274"/>
        <source>Your records are open in another window. Close it, then restore again. Nothing was changed.</source>
        <translation>Tus registros están abiertos en otra ventana. Ciérrala y vuelve a restaurar. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="276"/>
        <source>This backup was made by a newer version of Contractor Ledger; update the app to open it. Nothing was changed.</source>
        <translation>Esta copia la hizo una versión más reciente de Contractor Ledger; actualiza la aplicación para abrirla. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="278"/>
        <source>A rate of zero is not a rate; leave the rate out if the work is unpaid.</source>
        <translation>Una tarifa de cero no es una tarifa; deja la tarifa fuera si el trabajo no se paga.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="279"/>
        <source>The mapping needs start=COLUMN.</source>
        <translation>La asignación necesita start=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="280"/>
        <source>The mapping needs end=COLUMN or duration=COLUMN.</source>
        <translation>La asignación necesita end=COLUMN o duration=COLUMN.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="281"/>
        <source>This file is not a readable time-stamp response (.tsr): it is damaged, or something else.</source>
        <translation>Este archivo no es una respuesta de sello de tiempo (.tsr) legible: está dañado, o es otra cosa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="283"/>
        <source>The time-stamp token does not carry its signer&apos;s certificate (ask the authority for it with the request&apos;s certificate flag, which the app sets).</source>
        <translation>El token del sello de tiempo no lleva el certificado de quien lo firmó (pídeselo a la autoridad con la marca de certificado de la solicitud, que la aplicación pone).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="285"/>
        <source>The time-stamping authority is not one you trust: its certificate does not chain to the CA file given (or the system&apos;s).</source>
        <translation>La autoridad de sellado de tiempo no es de tu confianza: su certificado no enlaza con el archivo de CA dado (ni con el del sistema).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="287"/>
        <source>This file is too large to be a time-stamp response.</source>
        <translation>Este archivo es demasiado grande para ser una respuesta de sello de tiempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="288"/>
        <source>The time-stamp token is not signed data.</source>
        <translation>El token del sello de tiempo no son datos firmados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="289"/>
        <source>The time-stamp token does not hold time-stamp information.</source>
        <translation>El token del sello de tiempo no contiene información de sello de tiempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="290"/>
        <source>This time stamp is for something else: its message imprint is not this anchor&apos;s.</source>
        <translation>Este sello de tiempo es de otra cosa: su huella de mensaje no es la de este anclaje.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="291"/>
        <source>A time-stamp token has exactly one signer; this one does not.</source>
        <translation>Un token de sello de tiempo tiene exactamente un firmante; este no.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="292"/>
        <source>The certificate that signed this time stamp is not one for time-stamping.</source>
        <translation>El certificado que firmó este sello de tiempo no es de sellado de tiempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="293"/>
        <source>The time-stamping certificate was not valid at the time it stamped.</source>
        <translation>El certificado de sellado de tiempo no era válido cuando selló.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="294"/>
        <source>The time stamp&apos;s signature covers no signed attributes.</source>
        <translation>La firma del sello de tiempo no cubre atributos firmados.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="295"/>
        <source>The time stamp&apos;s signed attributes do not name time-stamp information.</source>
        <translation>Los atributos firmados del sello de tiempo no nombran información de sello de tiempo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="296"/>
        <source>The time stamp was altered: its information does not match what was signed.</source>
        <translation>El sello de tiempo se alteró: su información no coincide con lo firmado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="297"/>
        <source>No system certificate bundle was found: give the authority&apos;s CA file with --ca.</source>
        <translation>No se encontró el paquete de certificados del sistema: indica el archivo de CA de la autoridad con --ca.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="298"/>
        <source>The time stamp&apos;s signature does not verify: it was altered or forged.</source>
        <translation>La firma del sello de tiempo no se verifica: se alteró o se falsificó.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="299"/>
        <source>The time stamp is signed with a kind of key this app does not accept.</source>
        <translation>El sello de tiempo está firmado con un tipo de clave que esta aplicación no acepta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="300"/>
        <source>This file is too large to be a Contractor Ledger report.</source>
        <translation>Este archivo es demasiado grande para ser un informe de Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="301"/>
        <source>This file does not carry a Contractor Ledger signature: it was altered, or not made by Contractor Ledger.</source>
        <translation>Este archivo no lleva una firma de Contractor Ledger: se alteró, o no lo hizo Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="303"/>
        <source>The report&apos;s signed data is not what Contractor Ledger writes: it was not made by it.</source>
        <translation>Los datos firmados del informe no son lo que escribe Contractor Ledger: no lo hizo él.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="305"/>
        <source>The report&apos;s signed data is unreadable: the file was altered.</source>
        <translation>Los datos firmados del informe no se pueden leer: el archivo se alteró.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="306"/>
        <source>The report was altered after it was made: its signature does not match.</source>
        <translation>El informe se alteró después de hacerse: su firma no coincide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="307"/>
        <source>It cannot have been received before it was sent.</source>
        <translation>No puede haberse recibido antes de enviarse.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="308"/>
        <source>Say what the answer left out: the follow-up letter names it.</source>
        <translation>Di qué dejó fuera la respuesta: la carta de seguimiento lo nombra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="309"/>
        <source>A complete answer has nothing missing; leave out what was missing, or mark it incomplete.</source>
        <translation>Una respuesta completa no tiene nada que falte; quita lo que faltaba, o márcala como incompleta.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="311"/>
        <source>A bonus is a positive amount; record a reduction as an adjustment.</source>
        <translation>Un bono es un importe positivo; registra una reducción como un ajuste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="312"/>
        <source>An adjustment of zero changes nothing.</source>
        <translation>Un ajuste de cero no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="313"/>
        <source>This time stamp is for none of your anchors: it stamps something else.</source>
        <translation>Este sello de tiempo no es de ninguno de tus anclajes: sella otra cosa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="314"/>
        <source>A new password can only be set when restoring with the recovery key.</source>
        <translation>Solo se puede poner una contraseña nueva al restaurar con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="315"/>
        <source>The bundle&apos;s file name must end in .zip.</source>
        <translation>El nombre de archivo del paquete debe terminar en .zip.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="316"/>
        <source>Capture evidence works while the timer runs; start the timer first.</source>
        <translation>Capturar evidencia funciona mientras corre el temporizador; inícialo primero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="317"/>
        <source>The screen image is not a PNG image; nothing was kept.</source>
        <translation>La imagen de pantalla no es una imagen PNG; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="318"/>
        <source>A client needs a name; nothing was changed.</source>
        <translation>Un cliente necesita un nombre; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="319"/>
        <source>Payment terms must be between 0 and 365 days; nothing was changed.</source>
        <translation>El plazo de pago debe estar entre 0 y 365 días; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="320"/>
        <source>The workweek starts on a day from Monday (0) to Sunday (6).</source>
        <translation>La semana laboral empieza un día de lunes (0) a domingo (6).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="321"/>
        <source>A contract file can only be linked while the contract is marked as on file.</source>
        <translation>Solo se puede vincular un archivo de contrato mientras el contrato esté marcado como archivado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="322"/>
        <source>A client needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="323"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>El plazo de pago debe estar entre 0 y 365 días.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="324"/>
        <source>A workday starts between 00:01 and 23:59, or at midnight.</source>
        <translation>Una jornada empieza entre las 00:01 y las 23:59, o a medianoche.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="325"/>
        <source>An engagement needs a name, such as the project or contract; nothing was changed.</source>
        <translation>Un proyecto necesita un nombre, como el del encargo o el contrato; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="326"/>
        <source>A rate must be more than zero; nothing was changed.</source>
        <translation>Una tarifa debe ser mayor que cero; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="327"/>
        <source>The platform fee is a percentage from 0 to 100; nothing was changed.</source>
        <translation>La comisión de la plataforma es un porcentaje de 0 a 100; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="328"/>
        <source>Name the unit of work with one word, such as task or item.</source>
        <translation>Nombra la unidad de trabajo con una palabra, como task o item.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="329"/>
        <source>The timer would stop before it started, or ran less than a second; check the time.</source>
        <translation>El cronómetro se detendría antes de empezar, o funcionó menos de un segundo; revisa la hora.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="330"/>
        <source>Say which link to take off: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Di qué vínculo quitar: un cliente, una entrada, un pago, una factura o un incidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="332"/>
        <source>Evidence needs a name, e.g. contract.pdf.</source>
        <translation>La evidencia necesita un nombre, p. ej. contract.pdf.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="333"/>
        <source>Evidence given as bytes needs a name.</source>
        <translation>La evidencia dada como bytes necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="334"/>
        <source>Say what to link it to: a client, an entry, a payment, an invoice or an incident.</source>
        <translation>Di a qué vincularla: un cliente, una entrada, un pago, una factura o un incidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="335"/>
        <source>The expense date is in the future; record an expense once you have paid it.</source>
        <translation>La fecha del gasto está en el futuro; registra un gasto cuando lo hayas pagado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="336"/>
        <source>An expense of zero costs nothing; give the amount you paid.</source>
        <translation>Un gasto de cero no cuesta nada; indica el importe que pagaste.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="337"/>
        <source>The client of a deleted expense no longer exists; it cannot be put back.</source>
        <translation>El cliente de un gasto borrado ya no existe; no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="338"/>
        <source>A generic CSV import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Una importación CSV genérica necesita --source NAME: su asignación de columnas se guarda con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="339"/>
        <source>Nothing to change: give a new status, the steps you took, the costs or the time spent.</source>
        <translation>Nada que cambiar: indica un estado nuevo, los pasos que diste, los costos o el tiempo dedicado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="341"/>
        <source>Costs need a currency, e.g. USD or EUR.</source>
        <translation>Los costos necesitan una moneda, p. ej. USD o EUR.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="342"/>
        <source>Give the time spent in whole minutes.</source>
        <translation>Indica el tiempo dedicado en minutos enteros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="343"/>
        <source>The time spent cannot be negative.</source>
        <translation>El tiempo dedicado no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="344"/>
        <source>Name the company involved (or the client it concerns).</source>
        <translation>Nombra la empresa implicada (o el cliente al que afecta).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="345"/>
        <source>A currency was given without the costs; give the amount too, or no currency.</source>
        <translation>Se dio una moneda sin los costos; indica también el importe, o ninguna moneda.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="346"/>
        <source>An invoice covers a period with both ends: FROM..TO.</source>
        <translation>Una factura cubre un periodo con ambos extremos: DESDE..HASTA.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="347"/>
        <source>The due date is before the work it bills was finished.</source>
        <translation>La fecha de vencimiento es anterior al fin del trabajo facturado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="348"/>
        <source>A payment is linked to this invoice; it cannot move to another client. Nothing was changed.</source>
        <translation>Hay un pago vinculado a esta factura; no puede pasar a otro cliente. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="350"/>
        <source>A payment is linked to this invoice; edit that payment first. Nothing was deleted.</source>
        <translation>Hay un pago vinculado a esta factura; edita primero ese pago. No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="351"/>
        <source>That statement payment is already matched; undo that match first.</source>
        <translation>Ese pago del extracto ya está emparejado; deshaz primero ese emparejamiento.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="352"/>
        <source>That match was changed since; nothing was undone.</source>
        <translation>Ese emparejamiento cambió desde entonces; no se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="353"/>
        <source>The payment date is in the future; record a payment once it has arrived.</source>
        <translation>La fecha del pago está en el futuro; registra un pago cuando haya llegado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="354"/>
        <source>Fees and deductions add up to more than the amount paid.</source>
        <translation>Las comisiones y deducciones suman más que el monto pagado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="355"/>
        <source>This payment is linked to entries of its client; it cannot move to another client. Nothing was changed.</source>
        <translation>Este pago está vinculado a entradas de su cliente; no puede pasar a otro cliente. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="357"/>
        <source>Name at least one kind of data you handled, e.g. audio recordings or chat logs.</source>
        <translation>Nombra al menos un tipo de datos que trataste, p. ej. grabaciones de audio o registros de chat.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="358"/>
        <source>Name the tool or system that collected it, e.g. Hubstaff, or &quot;unknown&quot;.</source>
        <translation>Nombra la herramienta o el sistema que los recopiló, p. ej. Hubstaff, o &quot;unknown&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="359"/>
        <source>The report&apos;s signed data is incomplete.</source>
        <translation>Los datos firmados del informe están incompletos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="360"/>
        <source>A minimum wage must be a positive amount with at most 4 decimal places.</source>
        <translation>Un salario mínimo debe ser un importe positivo con 4 decimales como máximo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="361"/>
        <source>Give the first and last day to share (--from and --to).</source>
        <translation>Indica el primer y el último día que compartir (--from y --to).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="362"/>
        <source>A payments-csv import needs --source NAME: its column mapping is saved under it.</source>
        <translation>Una importación payments-csv necesita --source NAME: su asignación de columnas se guarda con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="363"/>
        <source>No device in that folder opens with this pairing code: check the code (`sync code` shows it on the first computer) and that the folder is the one it syncs. Nothing was changed.</source>
        <translation>Ningún dispositivo de esa carpeta se abre con este código de emparejamiento: revisa el código (`sync code` lo muestra en el primer ordenador) y que la carpeta sea la que sincroniza. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="366"/>
        <source>Say which computer to remove: its name or id, as `sync status` lists them.</source>
        <translation>Di qué ordenador quitar: su nombre o id, como los enumera `sync status`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="367"/>
        <source>Give this computer a short name (up to 60 characters), e.g. &quot;laptop&quot;.</source>
        <translation>Dale a este ordenador un nombre corto (hasta 60 caracteres), p. ej. &quot;portátil&quot;.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="368"/>
        <source>Choose which version to keep: mine or theirs.</source>
        <translation>Elige qué versión conservar: mine o theirs.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="369"/>
        <source>No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, `sync join FOLDER --code CODE` on the others.</source>
        <translation>No hay ninguna carpeta de sincronización configurada en este ordenador: `sync setup FOLDER` en el primero, `sync join FOLDER --code CODE` en los demás.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="371"/>
        <source>That is not a pairing code: it is 52 letters and digits in groups of four, shown on the first computer by `sync code`.</source>
        <translation>Eso no es un código de emparejamiento: son 52 letras y cifras en grupos de cuatro, que `sync code` muestra en el primer ordenador.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="373"/>
        <source>This computer already uses a sync folder; `sync status` shows it.</source>
        <translation>Este ordenador ya usa una carpeta de sincronización; `sync status` la muestra.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="374"/>
        <source>A trip&apos;s distance is more than zero.</source>
        <translation>La distancia de un viaje es mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="375"/>
        <source>The trip date is in the future; record a trip once you have made it.</source>
        <translation>La fecha del viaje está en el futuro; registra un viaje cuando lo hayas hecho.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="376"/>
        <source>The client of a deleted trip no longer exists; it cannot be put back.</source>
        <translation>El cliente de un viaje borrado ya no existe; no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="377"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Eso no es una clave de recuperación: tiene 32 letras y cifras en grupos de cuatro.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="378"/>
        <source>These records were made by a newer version of Contractor Ledger; update the app.</source>
        <translation>Estos registros los hizo una versión más reciente de Contractor Ledger; actualiza la aplicación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="379"/>
        <source>Your records are open twice here. Close the other one, then try again. Nothing was changed.</source>
        <translation>Tus registros están abiertos dos veces aquí. Cierra el otro y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="381"/>
        <source>Your records are open in another window. Close it, then try again. Nothing was changed.</source>
        <translation>Tus registros están abiertos en otra ventana. Ciérrala y vuelve a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="390"/>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="391"/>
        <source>contents</source>
        <translation>contenido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="392"/>
        <source>cut short</source>
        <translation>cortado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="393"/>
        <source>start of file</source>
        <translation>inicio del archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="394"/>
        <source>end of file</source>
        <translation>final del archivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="395"/>
        <source>extra bytes at the end</source>
        <translation>bytes de más al final</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="396"/>
        <source>key file</source>
        <translation>archivo de clave</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="397"/>
        <source>key file missing</source>
        <translation>falta el archivo de clave</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="398"/>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="399"/>
        <source>database file missing</source>
        <translation>falta el archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="400"/>
        <source>database structure</source>
        <translation>estructura de la base de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="401"/>
        <source>truncated file</source>
        <translation>archivo truncado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="402"/>
        <source>restore journal</source>
        <translation>diario de restauración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="403"/>
        <source>It is not readable.</source>
        <translation>No se puede leer.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="404"/>
        <source>Its checksum does not match.</source>
        <translation>Su suma de comprobación no coincide.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="405"/>
        <source>It is not a Contractor Ledger backup header.</source>
        <translation>No es la cabecera de una copia de seguridad de Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="406"/>
        <source>A field is missing or malformed.</source>
        <translation>Falta un campo o está mal formado.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="407"/>
        <source>It does not start like a Contractor Ledger backup.</source>
        <translation>No empieza como una copia de seguridad de Contractor Ledger.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="408"/>
        <source>The file ends inside its header.</source>
        <translation>El archivo termina dentro de su cabecera.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="409"/>
        <source>The file ends early; copying or syncing it may not have finished.</source>
        <translation>El archivo termina antes de tiempo; puede que no se haya terminado de copiar o sincronizar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="410"/>
        <source>Something was added after its last part.</source>
        <translation>Se añadió algo después de su última parte.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="411"/>
        <source>Its end does not belong to its header.</source>
        <translation>Su final no corresponde a su cabecera.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="412"/>
        <source>Its stated length is impossible.</source>
        <translation>La longitud que declara es imposible.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="413"/>
        <source>Its key settings are missing or out of range.</source>
        <translation>Faltan sus ajustes de clave o están fuera de rango.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="414"/>
        <source>Its list of contents is malformed.</source>
        <translation>Su lista de contenido está mal formada.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="415"/>
        <source>Its list of contents fails its check.</source>
        <translation>Su lista de contenido no supera su comprobación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="416"/>
        <source>It fails its check.</source>
        <translation>No supera su comprobación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="417"/>
        <source>The database inside differs from the one that was backed up.</source>
        <translation>La base de datos que contiene difiere de la que se copió.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="418"/>
        <source>Its date is not a date.</source>
        <translation>Su fecha no es una fecha.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="419"/>
        <source>It is far larger than a key file.</source>
        <translation>Es mucho más grande que un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="420"/>
        <source>It is not a readable key file.</source>
        <translation>No es un archivo de clave legible.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="421"/>
        <source>The database is there but its key file is not.</source>
        <translation>La base de datos está, pero su archivo de clave no.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="422"/>
        <source>The key file is there but the database is not.</source>
        <translation>El archivo de clave está, pero la base de datos no.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="423"/>
        <source>Its record of the latest change fails its check.</source>
        <translation>Su registro del último cambio no supera su comprobación.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="424"/>
        <source>Its schema version is missing.</source>
        <translation>Falta su versión de esquema.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="425"/>
        <source>An upgrade would break links between records.</source>
        <translation>Una actualización rompería los vínculos entre registros.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="426"/>
        <source>it is a symbolic link; give the answer&apos;s zip or folder itself</source>
        <translation>es un enlace simbólico; indica el zip o la carpeta de la respuesta en sí</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="427"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="429"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="430"/>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="431"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="432"/>
        <source>Deductions</source>
        <translation>Deducciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="433"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="434"/>
        <source>Fixed price</source>
        <translation>Precio fijo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="435"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="436"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="437"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="438"/>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="439"/>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="440"/>
        <source>trip</source>
        <translation>viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="441"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="442"/>
        <source>data record</source>
        <translation>registro de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="443"/>
        <source> Close it instead if it is over.</source>
        <translation> Si ya terminó, ciérralo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="445"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="446"/>
        <source>engagement</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="447"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="448"/>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="449"/>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="450"/>
        <source>The engagement&apos;s name</source>
        <translation>El nombre del proyecto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="451"/>
        <source>The legal name</source>
        <translation>El nombre legal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="452"/>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="453"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="454"/>
        <source>Your id on the platform</source>
        <translation>Tu identificador en la plataforma</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="455"/>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="456"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="457"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="458"/>
        <source>Trip</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="459"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="461"/>
        <source>not writable</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="463"/>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="464"/>
        <source>access-request</source>
        <translation>solicitud de acceso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="465"/>
        <source>timer</source>
        <translation>cronómetro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="467"/>
        <source>handled</source>
        <translation>tratados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="468"/>
        <source>collected</source>
        <translation>recopilados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="469"/>
        <source>A data category</source>
        <translation>Una categoría de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="470"/>
        <source>A kind of data</source>
        <translation>Un tipo de datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="471"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="472"/>
        <source>How it was sent</source>
        <translation>Cómo se envió</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="473"/>
        <source>Monitoring type</source>
        <translation>Tipo de vigilancia</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="474"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="475"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="476"/>
        <source>The company&apos;s name</source>
        <translation>El nombre de la empresa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="477"/>
        <source>The data involved</source>
        <translation>Los datos afectados</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="478"/>
        <source>The kind of incident</source>
        <translation>El tipo de incidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="479"/>
        <source>The law</source>
        <translation>La ley</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="480"/>
        <source>The reason given</source>
        <translation>El motivo dado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="481"/>
        <source>The steps taken</source>
        <translation>Las medidas tomadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="482"/>
        <source>The tool</source>
        <translation>La herramienta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="483"/>
        <source>What was missing</source>
        <translation>Lo que faltaba</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="484"/>
        <source>What you were told about retention</source>
        <translation>Lo que te dijeron sobre la conservación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="485"/>
        <source>Whose data</source>
        <translation>De quién son los datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="487"/>
        <source>part {number} of {count}</source>
        <translation>parte {number} de {count}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="488"/>
        <source>evidence #{id}</source>
        <translation>evidencia #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="489"/>
        <source>data record #{id}</source>
        <translation>El registro de datos #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="490"/>
        <source>invoice {number}</source>
        <translation>La factura {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="491"/>
        <source>payment #{id}</source>
        <translation>El pago #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="492"/>
        <source>incident #{id}</source>
        <translation>El incidente #{id}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="493"/>
        <source>{name!r} no longer matches the SHA-256 fingerprint taken when it was added; nothing was written. Run `verify`.</source>
        <translation>{name!r} ya no coincide con la huella SHA-256 tomada al añadirlo; no se escribió nada. Ejecuta `verify`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="495"/>
        <source>Its checksum does not match (or it was made by a newer version of Contractor Ledger).</source>
        <translation>Su suma de comprobación no coincide (o lo creó una versión más reciente de Contractor Ledger).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="497"/>
        <source>it holds more than {most:,} entries</source>
        <translation>contiene más de {most:,} elementos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="498"/>
        <source>it holds more than {most:,} files</source>
        <translation>contiene más de {most:,} archivos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="499"/>
        <source>{entry!r} is a symbolic link</source>
        <translation>{entry!r} es un enlace simbólico</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="500"/>
        <source>{entry!r} is encrypted; ask for the answer without a password</source>
        <translation>{entry!r} está cifrado; pide la respuesta sin contraseña</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="501"/>
        <source>{entry!r} is not a regular file</source>
        <translation>{entry!r} no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="502"/>
        <source>{entry!r} is larger than {mb} MB</source>
        <translation>{entry!r} ocupa más de {mb} MB</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="503"/>
        <source>its files come to more than {mb} MB</source>
        <translation>sus archivos suman más de {mb} MB</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="504"/>
        <source>the entry {entry!r} points outside the archive</source>
        <translation>la entrada {entry!r} apunta fuera del archivo comprimido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="505"/>
        <source>it nests elements more than {most} deep</source>
        <translation>anida elementos a más de {most} niveles</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="506"/>
        <source>it has more than {most:,} track points</source>
        <translation>tiene más de {most:,} puntos de recorrido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="507"/>
        <source>a track point has a coordinate that is not a number ({value!r})</source>
        <translation>un punto del recorrido tiene una coordenada que no es un número ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="508"/>
        <source>a track point&apos;s coordinate {number} is out of range</source>
        <translation>la coordenada {number} de un punto del recorrido está fuera de rango</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="509"/>
        <source>a track point&apos;s time is not a date and time ({value!r})</source>
        <translation>la hora de un punto del recorrido no es una fecha y hora ({value!r})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="510"/>
        <source>it is not a GPX file (its root element is not &lt;gpx&gt;)</source>
        <translation>no es un archivo GPX (su elemento raíz no es &lt;gpx&gt;)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="511"/>
        <source>it declares a DOCTYPE, which a GPX file never needs</source>
        <translation>declara un DOCTYPE, que un archivo GPX nunca necesita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="512"/>
        <source>it declares entities</source>
        <translation>declara entidades</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="513"/>
        <source>it declares notations</source>
        <translation>declara notaciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="514"/>
        <source>it refers to an external entity</source>
        <translation>hace referencia a una entidad externa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="516"/>
        <source>device {device}: its hello file is still arriving</source>
        <translation>dispositivo {device}: su archivo de presentación aún está llegando</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="517"/>
        <source>files of device {device} ({why}): it is not paired with this computer</source>
        <translation>archivos del dispositivo {device} ({why}): no está vinculado con esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="518"/>
        <source>{device}&apos;s file {number} is still arriving; it is read once whole</source>
        <translation>el archivo {number} de {device} aún está llegando; se lee cuando esté completo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="519"/>
        <source>{device}&apos;s file {number}: {why}. Its later files wait behind it.</source>
        <translation>archivo {number} de {device}: {why}. Sus archivos posteriores esperan detrás de él.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="520"/>
        <source>{device} removed this computer from the sync folder: it no longer reads this computer&apos;s files. Set up syncing again to pair.</source>
        <translation>{device} quitó esta computadora de la carpeta de sincronización: ya no lee los archivos de esta computadora. Configura la sincronización de nuevo para vincularla.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="522"/>
        <source>it holds records of a kind this version does not know ({kind}); update the app on this computer</source>
        <translation>contiene registros de un tipo que esta versión no conoce ({kind}); actualiza la app en esta computadora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="524"/>
        <source>a change refers to a {entity} record this computer has not received</source>
        <translation>un cambio se refiere a un registro {entity} que esta computadora no ha recibido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="525"/>
        <source>a change is malformed ({error})</source>
        <translation>un cambio está mal formado ({error})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="526"/>
        <source>not a sync file of this app</source>
        <translation>no es un archivo de sincronización de esta app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="527"/>
        <source>longer than its header says</source>
        <translation>más largo de lo que dice su cabecera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="528"/>
        <source>it does not open with this folder&apos;s sync key (a device not paired, or a damaged file)</source>
        <translation>no se abre con la clave de sincronización de esta carpeta (un dispositivo no vinculado, o un archivo dañado)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="530"/>
        <source>its content is not readable</source>
        <translation>su contenido no se puede leer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="531"/>
        <source>its signature is not that of the device it names</source>
        <translation>su firma no es la del dispositivo que nombra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="532"/>
        <source>its hello file names another device</source>
        <translation>su archivo de presentación nombra otro dispositivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="533"/>
        <source>it names another device or number</source>
        <translation>nombra otro dispositivo u otro número</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="534"/>
        <source>its changes are not a list</source>
        <translation>sus cambios no son una lista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="535"/>
        <source>a change is malformed</source>
        <translation>un cambio está mal formado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="387"/>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="388"/>
        <source>damaged: {what}</source>
        <translation>dañado: {what}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/error_messages.py" line="389"/>
        <source>{problem} ({count} problem(s) in all).</source>
        <translation>{problem} ({count} problema(s) en total).</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="30"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (leído el {read} en una fuente secundaria; por confirmar en {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="31"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (leído en una copia en {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="32"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="33"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} el {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="34"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>los días de trabajo empiezan a las {start} {zone} (su zona: la de la ley no se conoce)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="35"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} al día{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="36"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} a la semana{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="37"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} al mes{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="38"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>El salario mínimo aquí está en {target} y a ti te pagan en {base}: {span} no se puede comparar sin un tipo de cambio de tus propios registros (esta aplicación nunca lo toma de la red). Para comparar, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="41"/>
        <source>workdays in your zone</source>
        <translation>días de trabajo en su zona</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="42"/>
        <source>workdays start at {start} {zone}</source>
        <translation>los días de trabajo empiezan a las {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="43"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="44"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Horas trabajadas del {start} al {end}, según los días de tu propia zona: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="45"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Tiempo ordinario: el trabajo de cada día según las condiciones vigentes ese día (por hora: tarifa x horas; por unidad: tarifa x unidades, el día en que empezó la entrada; un precio fijo una sola vez, el día del primer trabajo del encargo), redondeado al céntimo día por día.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="48"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Ganado = tiempo ordinario + bonos y ajustes + recargo por horas extra (solo se debe a empleados).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="50"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, y más de {daily} h en una jornada ({double} h: tiempo doble)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="51"/>
        <source>an estimate only: you are a contractor</source>
        <translation>solo una estimación: eres contratista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="52"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x la tarifa regular por las horas que pasen de {weekly} en la semana laboral{daily}{seventh} ({status}). Cada semana laboral se evalúa entera, en los días de la ley ({where}), y se cuenta una sola vez, en el periodo que contiene su último día. El recargo es lo que las horas extra añaden al tiempo ordinario ya contado: (multiplicador - 1) x tarifa regular x horas; la tarifa regular es el tiempo ordinario de la semana más los bonos, dividido entre todas sus horas.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="58"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>cada hora por separado: el pago de una entrada cubre solo las horas de esa entrada, y a una hora sin pago le falta el salario mínimo entero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="60"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>por semana laboral: el pago acordado de la semana (con bonos y ajustes) frente a sus horas al salario mínimo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="62"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Eres contratista: el salario mínimo es una referencia, un derecho solo si te clasificaron mal. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="64"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Se juzga por lo que las condiciones acordadas pagan por las horas (las horas en categorías no pagadas cuentan como pagadas con nada), nunca por el dinero recibido: el dinero aún no recibido se debe, no está mal pagado. Salario mínimo {wage}/h{stated} ({jurisdiction}, desde el {since}); prueba: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="68"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Faltante del periodo = la suma de los faltantes de sus semanas laborales.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="69"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Marcaste este cliente como trabajo por aplicación: {name} ({citation}) fija {amount} por {unit} para {applies_to}, desde el {since}, sea cual sea tu clasificación. Se juzga por semana laboral: las horas registradas al pago mínimo frente a lo que las condiciones acordadas pagan por ellas, con los bonos y ajustes fechados en la semana (las propinas no son pago según estas leyes).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="73"/>
        <source>the workweek ending {end}</source>
        <translation>la semana laboral que termina el {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="74"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} semanas laborales que terminan del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="75"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Los importes asignados a entradas cuentan el día de la entrada; el resto de un pago cuenta cuando el periodo que cubre termina en este periodo (el día en que llegó, si no se registró periodo). Saldo = ganado - pagado: dinero que aún se le debe (atrasado si pasó su fecha de vencimiento).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="79"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="80"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Eres empleado: las horas en categorías que las condiciones llaman no pagadas siguen siendo horas trabajadas y se pagan, a la tarifa por hora acordada (o al salario mínimo con condiciones por unidad).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="83"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Se suman los bonos y ajustes fechados en el periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="84"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>No se conoce ninguna regla de horas extra para la jurisdicción de este cliente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="85"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Semana laboral del {start} al {end}: {hours} h; tarifa regular ({straight} + bono {bonus}) / {hours} h = {rate}/h; {overtime} h a {multiplier}x y {double} h a 2x: recargo {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="88"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>El salario mínimo está en {wage_currency} y a ti te pagan en {currency}: cada semana laboral lo convierte al tipo más reciente de tus propios registros en el último día de la semana o antes (un tipo que registraste o que mostró un extracto; si no, el de un pago convertido), nunca uno de la red. El mínimo por hora a ese tipo es el mínimo en la moneda de tu pago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="93"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>suma del faltante propio de cada día de cada entrada</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="94"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, nunca menos de cero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="95"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (mínimo {wage}/h a {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="96"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Semana laboral del {start} al {end}: {hours} h al salario mínimo{converted} = {required}; las condiciones pagan {pay}; faltan {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="98"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Semana laboral del {start} al {end}: {hours} h x {floor} = {required}; las condiciones pagan {pay}; faltan {shortfall} ({required} - {pay}, nunca menos de cero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="100"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>registre el tipo al que le pagaron: {command} (o cualquier día anterior)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="101"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>No se aplica ningún salario mínimo: no se conoce ninguno para el lugar de este cliente, no hay condiciones de pago registradas o ninguna semana laboral termina en este periodo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="103"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; también el 7.º día consecutivo de la semana laboral</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="107"/>
        <source>owed: you are an employee</source>
        <translation>se debe: eres empleado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="108"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="109"/>
        <source>hours worked</source>
        <translation>horas trabajadas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="110"/>
        <source>hours the terms pay for</source>
        <translation>horas que pagan las condiciones</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="111"/>
        <source>straight time</source>
        <translation>tiempo ordinario</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="112"/>
        <source>bonuses and adjustments</source>
        <translation>bonos y ajustes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="113"/>
        <source>overtime premium owed</source>
        <translation>recargo por horas extra adeudado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="114"/>
        <source>earned</source>
        <translation>ganado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="115"/>
        <source>shortfall</source>
        <translation>faltante</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="116"/>
        <source>paid</source>
        <translation>pagado</translation>
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
        <translation>tarifa regular</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="120"/>
        <source>overtime hours</source>
        <translation>horas extra</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="121"/>
        <source>double-time hours</source>
        <translation>horas a tiempo doble</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="122"/>
        <source>premium</source>
        <translation>recargo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="123"/>
        <source>rate</source>
        <translation>tipo de cambio</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="124"/>
        <source>minimum per hour</source>
        <translation>mínimo por hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="125"/>
        <source>required</source>
        <translation>requerido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="126"/>
        <source>agreed pay</source>
        <translation>pago acordado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="127"/>
        <source>productive</source>
        <translation>productivo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="128"/>
        <source>training</source>
        <translation>capacitación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="129"/>
        <source>onboarding</source>
        <translation>incorporación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="130"/>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="131"/>
        <source>waiting</source>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="132"/>
        <source>rework</source>
        <translation>corrección</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="133"/>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="134"/>
        <source>travel</source>
        <translation>traslado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="135"/>
        <source>your record</source>
        <translation>su registro</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="136"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="144"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>repartidores de restaurantes por aplicación, por hora de tiempo activo, antes de propinas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="145"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>trabajadores por aplicación, por hora de tiempo comprometido (0,44 por minuto; más 0,74 por milla comprometida y al menos 5,00 por oferta, no modelados)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/gui/pay/explain_text.py" line="147"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>trabajadores por aplicación, por hora de tiempo comprometido (0,45 por minuto; más 0,77 por milla comprometida y al menos 5,20 por oferta, no modelados)</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Las cifras legales son una estimación, no asesoría legal.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <source>Pay summary</source>
        <translation>Resumen de pagos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para revisar tu pago o mostrarle a un cliente tus horas, ganancias y pagos.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Expediente de reclamo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para un reclamo salarial o un abogado: lo que te deben, con las entradas y las evidencias que lo respaldan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <source>Privacy report</source>
        <translation>Informe de privacidad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Los datos que manejó tu trabajo y lo que las plataformas recopilaron sobre ti, con los incidentes.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Solicitud de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Una carta que le pide a un cliente una copia de los datos personales que tiene sobre ti.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Seguimiento de acceso a datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Una carta para una solicitud de acceso a datos que quedó sin respuesta pasado su plazo, o cuya respuesta dejó cosas fuera.</translation>
    </message>
</context>
</TS>
