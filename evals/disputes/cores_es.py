"""Spanish cores of the held-out dispute eval set."""

CORES = {
    "rate_dispute": [
        (
            "Consulta sobre {inv}",
            "En {inv} los consultores se cobran a 175 € la hora. Nuestro contrato marco fija un máximo de 145 € para perfiles sénior. No aceptamos ese precio.",
        ),
        (
            "Honorarios",
            "Su propuesta indicaba 900 € por jornada y la factura refleja 1.080 € por jornada. Les pedimos un abono por la diferencia de {amt}.",
        ),
        (
            "Descuento por pronto pago",
            "Nos prometieron un 2 % por pronto pago y una rebaja por fidelidad. Ninguno aparece en {inv}.",
        ),
        (
            "Precios unitarios",
            "Los precios unitarios superan la lista de precios adjunta a nuestro pedido. Las cantidades están bien; los precios no.",
        ),
        (
            "Subida sin aviso",
            "La tarifa del jefe de proyecto subió sin previo aviso. Solo pagaremos la tarifa anterior.",
        ),
        (
            "Días de viaje",
            "Según el contrato, los días de viaje se facturan a media tarifa; {inv} los cobra a tarifa completa.",
        ),
    ],
    "hours_dispute": [
        (
            "Horas en {inv}",
            "Según nuestros registros, el equipo estuvo 28 horas en nuestras oficinas en marzo, pero {inv} cobra 43. Expliquen esas horas de más, por favor.",
        ),
        (
            "Jornadas de formación",
            "Se facturan cinco jornadas de formación y solo se celebraron tres; cancelamos las otras dos con antelación.",
        ),
        (
            "Tiempo dedicado",
            "La tarifa es correcta, pero 20 horas para un memorando breve superan con mucho lo que aprobó nuestro responsable.",
        ),
        (
            "Conciliación",
            "Al comparar la factura con las hojas de horas firmadas faltan unas 9 horas. Impugnamos las horas facturadas ({amt}).",
        ),
        (
            "Licencias",
            "La factura incluye 38 licencias y solo tenemos 26 usuarios activos. La cantidad es errónea.",
        ),
        (
            "Llamadas",
            "Cada llamada corta de seguimiento se ha cargado como una hora completa. El tiempo registrado está inflado.",
        ),
    ],
    "scope_dispute": [
        (
            "Factura de puesta en marcha",
            "{inv} cobra el hito de puesta en producción, pero el sistema todavía no está en producción. Pagaremos cuando se alcance el hito.",
        ),
        (
            "No lo pedimos",
            "El diseño del cuadro de mando nunca fue encargado por nosotros; está fuera del alcance acordado.",
        ),
        (
            "Aceptación pendiente",
            "Las pruebas de aceptación detectaron 10 defectos abiertos. Hasta la aceptación formal del entregable retenemos el pago de {inv}.",
        ),
        (
            "Sesiones canceladas",
            "La factura incluye las sesiones de formación que su formador canceló sin proponer nueva fecha.",
        ),
        (
            "Informe definitivo",
            "Solo tenemos un borrador del informe. El contrato establece el pago a la entrega de la versión definitiva.",
        ),
        (
            "Trabajos adicionales",
            "Su equipo desarrolló integraciones que no estaban en el pliego y no firmamos ninguna orden de cambio. No pagaremos esa parte ({amt}).",
        ),
    ],
    "billing_error": [
        (
            "Duplicado {inv}",
            "{inv} parece un duplicado: mismo importe, mismo periodo y misma descripción que la factura anterior. Anulen una de ellas.",
        ),
        (
            "Falta el pedido",
            "La factura no lleva número de pedido y nuestro sistema rechaza automáticamente esas facturas. Reemítanla con el pedido 4504-2217.",
        ),
        (
            "Destinatario erróneo",
            "La factura está a nombre de nuestro holding, pero el servicio lo contrató la sociedad operativa.",
        ),
        (
            "IVA aplicado",
            "Han aplicado un 21 % de IVA, pero a nosotros, empresa de la UE, nos corresponde la inversión del sujeto pasivo.",
        ),
        (
            "Dirección antigua",
            "La factura todavía muestra nuestra dirección antigua. El domicilio social cambió en enero y los auditores exigen el correcto.",
        ),
        (
            "Número repetido",
            "Dos facturas distintas llevan el número {inv}. Nuestra contabilidad no puede registrar ambas.",
        ),
    ],
    "documentation_request": [
        (
            "Soporte de {inv}",
            "Antes de aprobarla, nuestro controller necesita las hojas de horas detalladas de {inv}, por consultor y por día.",
        ),
        ("Reenvío", "No encontramos la factura original. ¿Podrían reenviar {inv} en PDF a cuentas a pagar?"),
        (
            "¿Qué pedido?",
            "No conseguimos asociar esta factura a ningún pedido abierto. ¿A qué número de pedido corresponde?",
        ),
        (
            "Confirmación de entrega",
            "Nuestro almacén no tiene registrada la recepción. Envíen el albarán firmado, por favor.",
        ),
        (
            "Tickets de gastos",
            "La factura incluye gastos de viaje; nuestra política exige copias de los tickets de hotel y vuelos.",
        ),
        (
            "Auditoría",
            "Nuestros auditores solicitan la carta de encargo firmada y el informe de actividad que respaldan el importe facturado.",
        ),
    ],
    "payment_promise": [
        (
            "RE: recordatorio {inv}",
            "Disculpen, la factura se quedó atascada en nuestro circuito de aprobación. Ya está aprobada y recibirán el pago como tarde el 20 de marzo de 2026.",
        ),
        (
            "Pago fraccionado",
            "La tesorería está ajustada este trimestre. ¿Aceptarían {amt} ahora y el resto en dos plazos, a finales de abril y de mayo?",
        ),
        (
            "Transferencia programada",
            "La transferencia está programada para el martes que viene y debería llegar en dos días hábiles.",
        ),
        (
            "{inv}",
            "Ninguna objeción por nuestra parte. El director financiero la firmó ayer y saldrá en la remesa de pagos del día 28.",
        ),
        (
            "Liquidación",
            "Liquidaremos todas las facturas abiertas, incluida {inv}, antes del cierre del ejercicio el 30 de junio.",
        ),
        (
            "RE: vencida",
            "Perdón por el retraso, el nuevo ERP nos ha generado atrasos. El pago se hará este viernes como muy tarde.",
        ),
    ],
    "already_paid": [
        (
            "RE: reclamación {inv}",
            "Nos sorprende esta reclamación: {inv} se pagó el 2 de febrero por transferencia, con el número de factura como concepto.",
        ),
        (
            "Aviso de pago",
            "Adjuntamos nuestro aviso de pago de {inv} y de dos facturas anteriores, por un total de {amt}.",
        ),
        (
            "Pago efectuado",
            "El importe salió de nuestra cuenta el lunes. ¿Quizá lo aplicaron a otra factura?",
        ),
        (
            "Pagada",
            "Nuestro departamento de proveedores confirma que {inv} se abonó íntegramente el mes pasado.",
        ),
        (
            "Segundo aviso",
            "Es el segundo aviso por una factura que pagamos hace semanas. Detengan las reclamaciones, por favor.",
        ),
        ("Comprobante", "Adjunto el comprobante SWIFT del pago de {amt}. La factura debería estar cerrada."),
    ],
    "not_dispute": [
        (
            "Arranque",
            "¿Les va bien el día 14 para el arranque de la siguiente fase? Nuestro comité puede reunirse por la mañana.",
        ),
        ("Enhorabuena", "La presentación al consejo salió muy bien; su análisis marcó la diferencia."),
        (
            "Respuesta automática",
            "Gracias por su mensaje. Estoy de baja por paternidad hasta septiembre; para urgencias contacten con la oficina.",
        ),
        (
            "Solicitud de presupuesto",
            "El año que viene queremos hacer un estudio de precios. ¿Podrían enviarnos un presupuesto y fechas posibles?",
        ),
        (
            "Facturas futuras",
            "A partir del mes que viene, envíen todas las facturas a nuestro nuevo buzón compartido. Las actuales están bien.",
        ),
        (
            "Taller",
            "¿Qué consultores vendrán al taller del miércoles? Tenemos que preparar las tarjetas de acceso.",
        ),
    ],
}
