"""English cores of the held-out dispute eval set (written separately from the training set)."""

CORES = {
    "rate_dispute": [
        (
            "Query on {inv}",
            "Looking at {inv}, the consultants are charged at 185/h. Our master services agreement caps senior consultants at 150/h, so the price is simply not what we signed.",
        ),
        (
            "{inv} - pricing",
            "Your proposal of last autumn quoted a day rate of 1,050. The invoice now shows 1,200 per day. We do not accept the higher fee and ask for a credit note for the difference of {amt}.",
        ),
        (
            "Early-payment discount",
            "We were promised a 3% early-payment reduction and a loyalty discount on this engagement. Neither appears on {inv}. Please rework the pricing.",
        ),
        (
            "Invoice {inv}",
            "The rate card attached to the order is clearly lower than the unit price you used. We are contesting the rates on every line, not the quantities.",
        ),
        (
            "Re: fees for Q1",
            "The hours are fine and the work was excellent, but the hourly price of the project manager went up without any notice. We can only pay the old rate.",
        ),
        (
            "Contract pricing",
            "According to the framework contract, travel days are charged at half rate. You charged them at the full daily rate on {inv}.",
        ),
    ],
    "hours_dispute": [
        (
            "Hours on {inv}",
            "Our records show the team spent 34 hours on site in March, yet {inv} bills 51. Please explain the extra 17 hours before we process it.",
        ),
        (
            "Quantity check",
            "You invoiced 6 training days. Only 4 training days were held, the last two were cancelled by us well in advance.",
        ),
        (
            "Re: March invoice",
            "The rate is fine. What we cannot accept is the amount of time: 25 hours for a two-page memo is far beyond what our manager approved.",
        ),
        (
            "{inv}",
            "We compared the invoice with the timesheets our project lead signed and there is a gap of roughly 12 hours. We dispute the billed hours, amount {amt}.",
        ),
        (
            "Licences billed",
            "The invoice charges 50 user licences. We only have 35 active users, so the quantity on line 1 is wrong.",
        ),
        (
            "Time charged for calls",
            "Every short status call has been booked as a full hour. We think the time recorded for those calls is overstated and want it reduced.",
        ),
    ],
    "scope_dispute": [
        (
            "Invoice for go-live",
            "{inv} bills the go-live milestone, but go-live has been postponed twice and the system is not in production. We will pay when the milestone is actually reached.",
        ),
        (
            "Not what we ordered",
            "The dashboard design work on this invoice was never requested by us. It sits outside the agreed scope of the engagement.",
        ),
        (
            "Acceptance pending",
            "Our user acceptance testing found 14 open defects. Until the deliverable is formally accepted, we will hold the payment for {inv}.",
        ),
        (
            "Training sessions",
            "The invoice includes the train-the-trainer sessions. These never happened: your trainer cancelled and no new date was set.",
        ),
        (
            "Final report",
            "We still only have a draft of the final report. The engagement letter says the fee is due on delivery of the final version.",
        ),
        (
            "Re: additional work",
            "Your team built extra integrations that were not in the statement of work and we never signed a change request. We refuse to pay for that part, {amt}.",
        ),
    ],
    "billing_error": [
        (
            "Duplicate of {inv}",
            "It looks like {inv} is a duplicate: the same amount, the same period and the same description were billed on the previous invoice. Please cancel one of them.",
        ),
        (
            "PO missing",
            "The invoice has no purchase order number, and our accounts payable system automatically rejects invoices without a PO. Please reissue it with PO 4501-8832.",
        ),
        (
            "Wrong company",
            "The invoice is made out to our holding company, but the services were contracted by the operating company. Please correct the customer on the invoice.",
        ),
        (
            "Tax on {inv}",
            "You added 20% VAT, but as an EU business customer the reverse charge applies. The tax line on the invoice is wrong.",
        ),
        (
            "Address on invoice",
            "The invoice still shows our old address in the docklands. Our registered address changed in January, and the auditors insist the invoice shows the right one.",
        ),
        (
            "Invoice number",
            "Two different invoices carry the number {inv}. Our ledger will not accept both; please correct the numbering.",
        ),
    ],
    "documentation_request": [
        (
            "Backup for {inv}",
            "Before approval our finance controller needs the detailed timesheets behind {inv}, listing each consultant's hours per day.",
        ),
        (
            "Copy please",
            "We seem to have lost the original invoice. Could someone resend {inv} as a PDF to accounts payable?",
        ),
        (
            "Which order?",
            "We cannot match this invoice to any open purchase order. Could you tell us which PO it belongs to?",
        ),
        (
            "Delivery confirmation",
            "Our warehouse has no record of receiving the equipment. Please send the signed delivery note or courier confirmation.",
        ),
        (
            "Receipts for expenses",
            "The invoice includes travel expenses. Our policy requires copies of the receipts for hotel and flights.",
        ),
        (
            "Audit request",
            "Our external auditors ask for the signed engagement letter and the activity report that support the amount invoiced.",
        ),
    ],
    "payment_promise": [
        (
            "Re: reminder {inv}",
            "Apologies, the invoice got stuck in our approval workflow. It is approved now and you will receive payment by 20 March 2026.",
        ),
        (
            "Instalments",
            "Cash is tight this quarter. Would you accept {amt} now and the balance in two instalments at the end of April and May?",
        ),
        (
            "Payment",
            "We have scheduled the transfer for next Tuesday. It should reach your account within two working days after that.",
        ),
        (
            "{inv}",
            "No dispute from our side. Our CFO signed it off yesterday, and it will go out with the payment batch of the 28th.",
        ),
        (
            "Settlement",
            "We intend to settle all open invoices, including {inv}, before our fiscal year closes on 30 June.",
        ),
        (
            "Re: overdue",
            "Sorry for the delay, our new ERP caused a backlog. The payment will be made this Friday at the latest.",
        ),
    ],
    "already_paid": [
        (
            "Re: reminder {inv}",
            "We are surprised by this reminder. {inv} was paid on 2 February by bank transfer; the reference on the transfer was the invoice number.",
        ),
        (
            "Remittance",
            "Attached you will find our remittance advice covering {inv} and two older invoices, total {amt}.",
        ),
        (
            "Payment made",
            "The amount left our account on Monday. Perhaps it was booked against the wrong invoice on your side?",
        ),
        (
            "Paid",
            "Our accounts payable team confirms {inv} was settled in full last month. Could you check your bank statement?",
        ),
        (
            "Double reminder",
            "This is the second reminder for an invoice we paid weeks ago. Please stop the dunning and reconcile the payment.",
        ),
        (
            "Transfer confirmation",
            "Please find enclosed the SWIFT confirmation for the payment of {amt}. The invoice should be closed.",
        ),
    ],
    "not_dispute": [
        (
            "Kick-off date",
            "Would the 14th work for the kick-off of the next phase? Our steering group can meet in the morning.",
        ),
        (
            "Thanks",
            "Just wanted to say the board presentation went really well. Your analysis made all the difference.",
        ),
        (
            "Automatic reply",
            "Thank you for your message. I am on parental leave until September; for urgent matters contact our office.",
        ),
        (
            "Proposal request",
            "We are planning a pricing study next year. Could you send us a quote and possible dates?",
        ),
        (
            "Invoices in future",
            "From next month, please send all invoices to our new shared mailbox. Nothing is wrong with the current ones.",
        ),
        (
            "Question",
            "Which of your consultants will attend the workshop on Wednesday, so we can arrange building access?",
        ),
    ],
}

NEAR_MISSES = [
    (
        "documentation_request",
        "Re: {inv}",
        "We are happy to pay {inv} as soon as we receive the signed timesheets; our policy does not allow payment without them.",
    ),
    (
        "payment_promise",
        "Re: our call",
        "Thanks for sending the timesheet backup, that answered all our questions. The invoice will now be paid by the 15th.",
    ),
    (
        "hours_dispute",
        "{inv} again",
        "Your rate is as agreed and the discount is applied correctly. However, 40 hours for the review is too much; we approved 28.",
    ),
    (
        "billing_error",
        "Payment on hold",
        "We would pay {inv} today, but the VAT number on it is that of our sister company. Please correct it first.",
    ),
    (
        "not_dispute",
        "Your invoice",
        "We received {inv}, thanks. Everything looks correct and it has been forwarded to the approver.",
    ),
    (
        "already_paid",
        "Statement",
        "Your statement lists {inv} as open, but it was paid together with the January invoices.",
    ),
    (
        "scope_dispute",
        "Hours and deliverable",
        "We do not question the hours, but the deliverable they relate to has not been delivered yet.",
    ),
    (
        "rate_dispute",
        "Copy not needed",
        "No need to send a copy of the invoice. Our problem is the price: the discount from the offer is missing.",
    ),
]
