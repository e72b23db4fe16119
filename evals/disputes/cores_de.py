"""German cores of the held-out dispute eval set."""

CORES = {
    "rate_dispute": [
        (
            "Rückfrage zu {inv}",
            "In {inv} werden 190 EUR pro Stunde angesetzt. Im Rahmenvertrag sind für Senior-Berater maximal 155 EUR vereinbart. Den höheren Satz akzeptieren wir nicht.",
        ),
        (
            "Honorar",
            "Ihr Angebot nannte einen Tagessatz von 980 EUR, abgerechnet wurden 1.150 EUR je Tag. Bitte schreiben Sie uns die Differenz von {amt} gut.",
        ),
        (
            "Skonto und Nachlass",
            "Uns wurden 3 % Skonto sowie ein Treuenachlass zugesagt. Beides fehlt auf {inv}.",
        ),
        (
            "Preise laut Bestellung",
            "Die Einzelpreise auf der Rechnung liegen über der Preisliste, die unserer Bestellung beilag. Die Mengen sind korrekt, die Preise nicht.",
        ),
        (
            "Erhöhung ohne Ankündigung",
            "Der Stundensatz der Projektleitung wurde ohne Ankündigung angehoben. Wir zahlen nur den bisherigen Satz.",
        ),
        (
            "Reisetage",
            "Reisetage sind laut Vertrag zum halben Satz abzurechnen; in {inv} wurde der volle Tagessatz berechnet.",
        ),
    ],
    "hours_dispute": [
        (
            "Stunden in {inv}",
            "Laut unseren Unterlagen war das Team im März 30 Stunden vor Ort, {inv} berechnet jedoch 46 Stunden. Bitte erklären Sie die Mehrstunden.",
        ),
        (
            "Schulungstage",
            "Berechnet wurden 5 Schulungstage, stattgefunden haben nur 3. Zwei Termine hatten wir rechtzeitig abgesagt.",
        ),
        (
            "Zeitaufwand",
            "Der Satz ist in Ordnung, aber 22 Stunden für ein kurzes Memo sind weit mehr, als unser Projektleiter freigegeben hat.",
        ),
        (
            "Abgleich Zeitnachweise",
            "Wir haben die Rechnung mit den unterschriebenen Zeitnachweisen verglichen: Es fehlen rund 10 Stunden. Die berechneten Stunden ({amt}) bestreiten wir.",
        ),
        (
            "Anzahl Lizenzen",
            "Auf der Rechnung stehen 40 Lizenzen, wir haben aber nur 28 aktive Nutzer. Die Menge ist falsch.",
        ),
        (
            "Telefonate",
            "Jedes kurze Abstimmungsgespräch wurde mit einer vollen Stunde gebucht. Der erfasste Zeitaufwand ist überhöht.",
        ),
    ],
    "scope_dispute": [
        (
            "Go-live-Rechnung",
            "{inv} stellt den Go-live-Meilenstein in Rechnung, aber das System ist noch nicht produktiv. Wir zahlen, sobald der Meilenstein erreicht ist.",
        ),
        (
            "Nicht bestellt",
            "Die Designarbeiten für das Dashboard haben wir nie beauftragt. Sie gehören nicht zum vereinbarten Leistungsumfang.",
        ),
        (
            "Abnahme ausstehend",
            "Beim Abnahmetest sind 11 offene Fehler aufgetreten. Bis zur förmlichen Abnahme halten wir die Zahlung für {inv} zurück.",
        ),
        (
            "Workshops",
            "Berechnet sind die Workshops, die Ihr Trainer abgesagt hat. Ein Ersatztermin wurde nie vereinbart.",
        ),
        (
            "Abschlussbericht",
            "Wir haben nur einen Entwurf des Abschlussberichts. Laut Auftrag ist das Honorar erst mit der Endfassung fällig.",
        ),
        (
            "Zusatzarbeiten",
            "Ihr Team hat Schnittstellen gebaut, die nicht im Pflichtenheft standen; einen Änderungsauftrag gibt es nicht. Diesen Teil ({amt}) zahlen wir nicht.",
        ),
    ],
    "billing_error": [
        (
            "Duplikat {inv}",
            "{inv} scheint ein Duplikat zu sein: gleicher Betrag, gleicher Zeitraum, gleiche Beschreibung wie die Vorrechnung. Bitte stornieren Sie eine davon.",
        ),
        (
            "Bestellnummer fehlt",
            "Auf der Rechnung fehlt die Bestellnummer; unser System lehnt Rechnungen ohne Bestellnummer automatisch ab. Bitte neu ausstellen mit 4502-1190.",
        ),
        (
            "Falscher Rechnungsempfänger",
            "Die Rechnung lautet auf unsere Holding, beauftragt hat aber die Betriebsgesellschaft. Bitte korrigieren Sie den Empfänger.",
        ),
        (
            "Steuer",
            "Sie haben 19 % Mehrwertsteuer ausgewiesen, für uns als EU-Unternehmen gilt jedoch das Reverse-Charge-Verfahren.",
        ),
        (
            "Alte Anschrift",
            "Auf der Rechnung steht noch unsere alte Anschrift. Seit Januar gilt die neue Firmenadresse, und die Wirtschaftsprüfer bestehen auf der richtigen.",
        ),
        (
            "Rechnungsnummer doppelt",
            "Zwei verschiedene Rechnungen tragen die Nummer {inv}. Unsere Buchhaltung kann nicht beide erfassen.",
        ),
    ],
    "documentation_request": [
        (
            "Nachweise zu {inv}",
            "Vor der Freigabe benötigt unser Controlling die detaillierten Tätigkeitsnachweise zu {inv}, mit den Stunden je Berater und Tag.",
        ),
        (
            "Rechnung erneut senden",
            "Die Originalrechnung ist bei uns nicht auffindbar. Könnten Sie {inv} noch einmal als PDF an die Kreditorenbuchhaltung senden?",
        ),
        (
            "Welche Bestellung?",
            "Wir können die Rechnung keiner offenen Bestellung zuordnen. Zu welcher Bestellnummer gehört sie?",
        ),
        (
            "Lieferbestätigung",
            "Unser Lager hat keinen Wareneingang verbucht. Bitte senden Sie den unterschriebenen Lieferschein.",
        ),
        (
            "Belege Reisekosten",
            "Die Rechnung enthält Reisekosten; laut Richtlinie brauchen wir Kopien der Hotel- und Flugbelege.",
        ),
        (
            "Prüfung",
            "Unsere Wirtschaftsprüfer bitten um den unterschriebenen Auftrag und den Leistungsbericht zur Rechnung.",
        ),
    ],
    "payment_promise": [
        (
            "AW: Zahlungserinnerung {inv}",
            "Entschuldigung, die Rechnung hing in unserem Freigabeprozess fest. Sie ist jetzt freigegeben, die Zahlung erhalten Sie bis zum 20.03.2026.",
        ),
        (
            "Raten",
            "Die Liquidität ist in diesem Quartal knapp. Wären Sie mit {amt} sofort und dem Rest in zwei Raten Ende April und Ende Mai einverstanden?",
        ),
        (
            "Überweisung",
            "Die Überweisung ist für kommenden Dienstag eingeplant und sollte zwei Werktage später bei Ihnen eingehen.",
        ),
        (
            "{inv}",
            "Von unserer Seite gibt es keine Einwände. Der Finanzvorstand hat gestern unterschrieben; die Zahlung geht mit dem Zahllauf am 28. raus.",
        ),
        (
            "Ausgleich",
            "Wir werden alle offenen Rechnungen, auch {inv}, vor Ende unseres Geschäftsjahres am 30. Juni begleichen.",
        ),
        (
            "AW: überfällig",
            "Entschuldigen Sie die Verspätung, unser neues ERP-System hat einen Rückstau verursacht. Spätestens Freitag wird gezahlt.",
        ),
    ],
    "already_paid": [
        (
            "AW: Mahnung {inv}",
            "Wir sind über die Mahnung überrascht: {inv} wurde am 2. Februar per Überweisung bezahlt, mit der Rechnungsnummer als Verwendungszweck.",
        ),
        ("Zahlungsavis", "Anbei unser Zahlungsavis über {inv} und zwei ältere Rechnungen, insgesamt {amt}."),
        (
            "Zahlung erfolgt",
            "Der Betrag wurde am Montag von unserem Konto abgebucht. Vielleicht wurde er bei Ihnen einer anderen Rechnung zugeordnet?",
        ),
        (
            "Bezahlt",
            "Unsere Kreditorenbuchhaltung bestätigt, dass {inv} letzten Monat vollständig beglichen wurde.",
        ),
        (
            "Zweite Mahnung",
            "Das ist bereits die zweite Mahnung für eine Rechnung, die wir vor Wochen bezahlt haben. Bitte stoppen Sie das Mahnverfahren.",
        ),
        (
            "Überweisungsbeleg",
            "Beigefügt finden Sie den Überweisungsbeleg über {amt}. Die Rechnung sollte damit ausgeglichen sein.",
        ),
    ],
    "not_dispute": [
        (
            "Kick-off",
            "Passt Ihnen der 14. für den Kick-off der nächsten Phase? Unser Lenkungskreis kann vormittags.",
        ),
        (
            "Dankeschön",
            "Die Präsentation vor dem Vorstand lief hervorragend. Ihre Analyse hat den Unterschied gemacht.",
        ),
        (
            "Automatische Antwort",
            "Vielen Dank für Ihre Nachricht. Ich bin bis September in Elternzeit; bitte wenden Sie sich an unser Sekretariat.",
        ),
        (
            "Anfrage",
            "Wir planen nächstes Jahr eine Preisstudie. Könnten Sie uns ein Angebot und mögliche Termine schicken?",
        ),
        (
            "Künftige Rechnungen",
            "Bitte senden Sie ab nächstem Monat alle Rechnungen an unser neues Sammelpostfach. Mit den bisherigen ist alles in Ordnung.",
        ),
        (
            "Workshop",
            "Welche Berater kommen am Mittwoch zum Workshop? Wir müssen die Zutrittskarten vorbereiten.",
        ),
    ],
}
