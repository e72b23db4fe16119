"""The words the late word-name pass reads around a candidate (``wordcues.py``): articles and prepositions
that make it the word again, verbs whose object is a person, verbs only a person does, absences, greetings,
joiners, clitics, line labels. Lower-case and folded, as ``lexicon.word_set`` makes them."""

from __future__ import annotations

from redaction import lexicon as lx

# Before the word, these make it the word again
_NOT_AFTER = lx.word_set(
    "the a an this that these those my our your his her their its any every each no some per "
    "der die das den dem des ein eine einen einem einer im am vom zum zur beim ins unser unsere mein meine "
    "le la les un une du au aux ce cette mon ma mes notre nos votre "
    "el los las una unos unas al del lo su sus nuestro nuestra "
    "het een deze dit die mijn onze ons uw "
    "in on at of since until till from by into for to with "
    "seit bis ab ab von vor nach für fur mit "
    "en dans depuis dès jusqu pour avec par sur "
    "desde hasta para con por sobre "
    "op tot sinds vanaf voor naar bij uit"
)
# Verbs whose object is a person
_ASK = lx.word_set(
    "cc ask asked asking tell told ping pinged dm remind reminded thank thanks thx ty appelez appelle attends "
    "frag fragt sag sagt vraag vraagt dile pregúntale preguntale díselo diselo"
)
_ABSENT_ONE = lx.word_set(
    "off out away sick ill krank ziek vrij thuis malade absent absente enferma enfermo ausente elternzeit "
    "urlaub vakantie verlof"
)
_ABSENT_TWO = {
    ("on", "leave"),
    ("on", "holiday"),
    ("on", "vacation"),
    ("im", "urlaub"),
    ("in", "urlaub"),
    ("op", "vakantie"),
    ("en", "congé"),
    ("en", "conge"),
    ("en", "vacances"),
    ("de", "vacaciones"),
    ("de", "baja"),
    ("de", "viaje"),
    ("in", "elternzeit"),
    ("met", "verlof"),
    ("op", "reis"),
}
_WHEN = (
    lx.word_set(
        "today tomorrow vandaag morgen heute ab aujourd'hui demain hoy mañana manana still noch nog al ook auch "
        "also toujours encore todavía todavia montag dienstag mittwoch donnerstag freitag"
    )
    | lx.WEEKDAYS
)
_ABSENT_VERBS = lx.word_set("is ist est está esta zit")
_GREETINGS = lx.word_set(
    "hi hello hey dear hola buenas buenos querido querida estimado estimada hallo liebe lieber bonjour salut "
    "coucou cher chère chere beste hoi dag"
)
_HAVE = lx.word_set("heb hab habe hebben heeft hat haben")
_ASKED = lx.word_set(
    "gevraagd gebeten gefragt gebeld angerufen gemaild informiert geïnformeerd geinformeerd gesproken "
    "gesprochen getroffen gebriefd gebrieft"
)
_WITH = lx.word_set("met mit with avec con")
_MET = lx.word_set(
    "overleg gesprek afspraak call meeting spoke spoken talked chat termin gespräch gesprach telefonat "
    "abstimmung réunion reunion point appel entretien reunión llamada hablé hable habla hablar habló hablo "
    "gebeld gesproken sprak"
)
_AFTER_MET = lx.word_set(", . re about over zu zur zum sur au sobre del de en und and et y ;") | {"", "\n"}
# What a person is doing ("ruby is onboarding them")
_AT_WORK = lx.word_set(
    "onboarding working covering handling leading reviewing preparing helping doing calling chasing drafting "
    "checking looking sorting organising organizing managing taking joining training emailing travelling "
    "traveling presenting interviewing"
)
# Words that soften a request between its verb and the person ("sag bitte kurz winter", "vraag even aan")
_SOFTENERS = lx.word_set("bitte kurz mal doch even ff eens porfa pls please plz vite sonst anders het es")
# Roles before a name in parentheses ("office manager (rose?)")
_ROLES = lx.word_set(
    "manager assistant assistante assistent assistentin secretary colleague collègue collega"
)
# Dutch and German verbs that open a question before its subject ("kan vos die niet opvragen?")
_QUESTION_AUX = lx.word_set("kan kun heeft is wil moet zal gaat hat ist kann muss soll wird hast")
_OBJECT_START = lx.word_set(
    "de die het dat deze een das den dem der ein eine nog al schon noch even mal ook auch"
)
# Spanish clitic-verb before an inverted subject ("lo tiene paz", "lo revisa amparo")
_OBJECT_CLITICS = lx.word_set("lo la los las le les")
_INVERTED_VERB_AFTER = lx.word_set(
    "tiene revisa lleva hace firma manda envía envia mira sabe tiene prepara llama confirma dice"
)
# The cues that make even a month a person ("cc june", "ask May")
_ASK_MONTH = lx.word_set("cc ask tell ping dm thank thanks thx ty")
# Adverbs between a subject and its verb
_ADVERBS = lx.word_set(
    "still also just already never now then only finally even probably apparently again "
    "ook nog al net toch even ff auch noch schon gerade nochmal dann "
    "aussi encore déjà deja toujours también tambien ya todavía todavia"
)
# Finite verbs only a person does, third person or past ("said", "wollte", "lleva", "relit")
_PERSON_VERBS = lx.word_set(
    "said says asked asks replied replies told tells wrote writes emailed phoned rang called calls pinged "
    "texted messaged mentioned promised reckons thinks thought wants wanted needs needed chased chases knows "
    "confirmed confirms agreed agrees signed signs approved approves sent sends cleared started starts "
    "joined left leaves reviewed reviews prefers insisted insists complained suggested "
    "hasn't hasnt didn't didnt won't wont isn't isnt wasn't wasnt "
    "sagt sagte meint meinte fragt fragte schreibt schrieb wollte möchte mochte braucht bittet bat "
    "kümmert kummert übernimmt ubernimmt prüft pruft ruft rief meldet meldete "
    "dit disait demande veut voulait pense relit relance confirme signe écrit ecrit appelle reprend "
    "dice dijo pide pidió pidio quiere quería queria lleva llevaba llama llamó llamo confirma confirmó "
    "confirmo firma firmó firmo revisa escribió escribio manda envía envia "
    "zegt zei vraagt vroeg wil wilde belt belde mailt mailde stuurt stuurde schreef bevestigt "
    "neemt kijkt checkt regelt"
    # who opens, proposes, explains or is missing in minutes ("Brandt eröffnete die Runde", "Kamps opende")
    " eröffnete eroffnete erklärte erklarte berichtete betonte widersprach bestätigte bestatigte schlug fehlte "
    "übernahm ubernahm opende stelde erkende besloot antwoordde reageerde benadrukte"
)
# The subset a word of business needs before it is a person ("bill said", not "bill paid")
_SAYS = lx.word_set(
    "said says asked asks replied replies told tells wrote writes emailed phoned rang pinged texted "
    "mentioned promised reckons thinks thought wants wanted insisted complained "
    "hasn't hasnt didn't didnt won't wont "
    "sagt sagte meint meinte fragt fragte schreibt schrieb wollte dit disait pense veut dice dijo quiere "
    "zegt zei vraagt vroeg wil wilde"
)
# "hat angerufen", "heeft gebeld", "a appelé", "ha llamado": an auxiliary and a participle of a person
_AUX = lx.word_set("hat hatte heeft had a avait ha había habia has")
_PARTICIPLES = lx.word_set(
    "angerufen geschrieben gesagt gemeldet bestätigt bestatigt gefragt zugesagt abgesagt "
    "gebeld gemaild gezegd gevraagd gestuurd bevestigd "
    "appelé appele écrit ecrit dit demandé demande confirmé confirme relancé relance "
    "llamado escrito dicho pedido confirmado"
)
_HAS_NOT = lx.word_set("hasn't hasnt didn't didnt won't wont")
_NOT_PARTICIPLES = lx.word_set("been be got")
# Words of business that are first names too: a person on a verb of saying only
_BUSINESS = lx.word_set(
    "grant bill will may mark page chase price cash sterling bond penny crystal amber rich sol luz paz vale"
)
# Spanish verbs before the "a" of a person ("llama a Mercedes", "pregúntale a june")
_A_PERSON = lx.word_set(
    "digo dije diré dire traspaso pedir pedirle envía envia enviar llama llamar llamad pregunta preguntale pregúntale preguntar dile decirle avisa avisar avisale avísale "
    "escribe escribir escríbele escribele manda mandale mándale pide pedirle pásale pasale pasa pásalo pasalo "
    "consulta consultar recuerda recordar recuérdale recuerdale díselo diselo"
)
_CONTRAST = lx.word_set("que pas not nicht niet sino except sauf salvo behalve außer ausser")
# Words of status and colour that are first names too ("status Amber", "stays Ruby")
_COLOURS = lx.word_set("amber ruby jade rose violet scarlett olive hazel ivory pearl crystal coral")
_JOINERS = lx.word_set("and or und oder et ou y o e en of")
_CLITICS = lx.word_set("nos me le les te nous lui vous")
# Endings of the verb after such a pronoun ("nos comenta", "me dice", "nous a", "lui envoie")
_VERB_ENDINGS = ("a", "e", "ó", "o", "é", "ait", "ent", "ha")
# Words of the moment and calls that open a clause like a name ("Mañana se suma", "oye, carmela")
_NOT_NAMES = lx.word_set(
    "today tomorrow yesterday tonight heute morgen gestern demain hier aujourd'hui hoy mañana manana ayer "
    "vandaag gisteren oye hola mira ojo bueno vale hey hi hello dear salut bonjour hallo hoi moin servus "
    # the rest of a greeting ("Buenos días", "Guten Tag") and persons' pronouns ("une réunion avec toi")
    "días dias tardes noches tag abend middag avond soir morning afternoon evening day zusammen allemaal "
    "toi moi lui elle eux vous nous you him her them jij jou hem haar ihm ihr dich dir él ella usted ti mí"
)
_CLEFT_BEFORE = (("c'est",), ("c’est",), ("it's",), ("it’s",), ("it", "is"), ("es",), ("het", "is"))
_CLEFT_AFTER = lx.word_set("qui quien quién who die der")
_FROM = lx.word_set("from de van von del")
_LINE_LABELS = lx.word_set(
    "note notes nota notiz todo status action actions actie acties total misc aob next update info fyi ps "
    "nb re aw fw fwd wg tr rv subject betreff objet asunto onderwerp from to cc bcc date datum fecha "
    "agenda summary decision decisions q a yo ich moi me ik wij we nous blocker blockers done open"
)
# Openers of a clause (after them a subject may stand)
_OPENERS = lx.word_set(
    "and but so also btw then pls please ok okay und aber also dann maar dus ook et mais donc puis y pero "
    "entonces pues"
)


_ROLE_ALL = lx.ROLE_WORDS | _ROLES
_ANY_VERB = _SAYS | _PERSON_VERBS
