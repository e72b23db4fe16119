"""Addresses written as comma-separated parts ending on a town, as India, Nigeria, Ghana, Kenya, Uganda, South
Africa, Pakistan, the Philippines, Malaysia, Singapore and Jamaica write them.

Written from the postal conventions of those countries, not from any evaluation text: a house, plot, flat or
block with its number, then streets, cross roads, layouts, estates and districts, each after a comma, then a
big town with or without its postcode (``No. 42, 3rd Cross, 5th Main, HSR Layout Sector 2, Bengaluru
560102``, ``Plot 1415 Adetokunbo Ademola Street, Victoria Island, Lagos 101241``, ``Flat 5B, Block 7, Clifton,
Karachi 75600``, ``Blk 123 Ang Mo Kio Ave 3 #05-67 Singapore 560123``, ``P.O. Box 30577-00100, Nairobi``).
The address starts at the first part that holds a house number or a unit word and takes every part up to the
town; a part with a lower-case word (other than a particle of a street name) ends it, so prose stays out.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from redaction.normalize import first_runs, letter_runs
from redaction.types import Span

# Big towns of the regions above: the anchor of an address (Europe's, the Americas' and Australia's addresses
# are read by the street patterns and postcodes of ``address``)
_REGION_TOWNS = (
    "Lagos|Abuja|Ibadan|Port Harcourt|Kano|Enugu|Benin City|Abeokuta|Accra|Kumasi|Tema|Takoradi|Nairobi|"
    "Mombasa|Kisumu|Nakuru|Kampala|Entebbe|Dar es Salaam|Arusha|Kigali|Harare|Bulawayo|Lusaka|Gaborone|"
    "Windhoek|Johannesburg|Sandton|Pretoria|Durban|Cape Town|Port Elizabeth|Gqeberha|Bloemfontein|Soweto|"
    "Centurion|Midrand|Randburg|Stellenbosch|Pietermaritzburg|Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|"
    "Peshawar|Multan|Dhaka|Chittagong|Chattogram|Colombo|Kathmandu|Mumbai|Delhi|New Delhi|Bengaluru|Bangalore|"
    "Chennai|Hyderabad|Secunderabad|Pune|Kolkata|Gurugram|Gurgaon|Noida|Ahmedabad|Kochi|Jaipur|Lucknow|"
    "Chandigarh|Indore|Coimbatore|Mysuru|Mysore|Thiruvananthapuram|Visakhapatnam|Bhubaneswar|Nagpur|Surat|"
    "Vadodara|Manila|Makati City|Makati|Quezon City|Pasig City|Pasig|Taguig City|Taguig|Cebu City|Cebu|Davao City|"
    "Mandaluyong|Parañaque City|Parañaque|Las Piñas|Muntinlupa|Caloocan|Antipolo|Cainta|Rizal|Cavite|Laguna|"
    "Bulacan|Pampanga|Batangas|Pangasinan|Iloilo City|Bacolod|Baguio|Singapore|Kuala Lumpur|Petaling Jaya|Shah Alam|Penang|George Town|Johor Bahru|Ipoh|Kota Kinabalu|"
    "Kuching|Jakarta|Bangkok|Ho Chi Minh City|Hanoi|Kingston|Montego Bay|Spanish Town|Port of Spain|Bridgetown|"
    "Georgetown|Nassau|"
    # Francophone Africa and the Maghreb
    "Dakar|Abidjan|Douala|Yaoundé|Bamako|Ouagadougou|Conakry|Lomé|Cotonou|Niamey|Libreville|Kinshasa|"
    "Brazzaville|Antananarivo|Casablanca|Rabat|Marrakech|Tunis|Alger|Port-au-Prince|"
    # Latin America (its street patterns read most addresses; these end those whose parts they miss)
    "Ciudad de México|CDMX|Guadalajara|Monterrey|Puebla|Oaxaca|Tijuana|Querétaro|Mérida|Tegucigalpa|"
    "San Pedro Sula|San Salvador|Ciudad de Guatemala|Guatemala|Quetzaltenango|Managua|San José|Ciudad de Panamá|"
    "Panamá|Santo Domingo|Santiago de los Caballeros|San Juan|La Habana|Caracas|Maracaibo|Barquisimeto|Bogotá|"
    "Medellín|Cali|Barranquilla|Cartagena|Bucaramanga|Quito|Guayaquil|Cuenca|Lima|Arequipa|Cusco|Trujillo|"
    "La Paz|El Alto|Santa Cruz de la Sierra|Cochabamba|Sucre|Asunción|Ciudad del Este|Montevideo|Santiago|"
    "Valparaíso|Concepción|Temuco|Buenos Aires|CABA|Córdoba|Rosario|Mendoza|La Plata|Tucumán|Salta"
)
_TOWN = rf"(?:{_REGION_TOWNS})"
# A unit or house word that opens an address part ("Plot 1415", "H.No. 8-2-293/82/A", "Flat 5B", "Blk 123")
_UNIT = (
    r"(?:Mz\.?|Manzana|Lt\.?|Lote|Pje\.?|Pasaje|Km\.?|Edificio|Edif\.?|Torre|Local|Depto\.?|Casa|Colonia|Col\.|"
    r"Urb\.|Urbanización|Residencial|Barrio|Plot|Plot\s?No\.?|House|House\s?No\.?|H\.\s?No\.?|Door\s?No\.?|D\.\s?No\.?|No\.|Flat|Flat\s?No\.?|Block|Blk|"
    r"Unit|Suite|Shop|Shop\s?No\.?|Stand|Erf|Lot|Apt\.?|Apartment|Villa|Bungalow|Room|Level|Floor|Tower|Wing|Cité|"
    r"Road\s?No\.?|Street\s?No\.?|Sector|Phase|Lane|Gali|Ward|Survey\s?No\.?|Site\s?No\.?|"
    r"Hay|Secteur|Quartier)"  # a Moroccan or Algerian district: "Hay Riad, secteur 21, rue 12, n° 34, Rabat"
)
# One part: capitalised words, numbers (12, 5B, 8-2-293/82/A, #05-67, 3rd, GA-123-4567) and the particles of
# street names; no other lower-case word
_WORD = (
    r"(?:\p{Lu}[\p{L}'’.&-]*|\d{1,2}(?:st|nd|rd|th)|#?\d[\dA-Za-z/-]*(?:\.\d+)?|[A-Z]{1,3}-?\d[\d-]*|"
    r"(?:local|piso|depto|dpto|oficina|of|casa|lote|int|interior|apto|apt|flat|unit|suite|bloque|torre|villa|"
    r"cité|lot|n°|nº|rue|secteur|appt|app|imm|bât|bat|esc)\.?(?=[ \t]+\S)|(?:etapa|fase)(?![\p{L}])|"
    r"(?:floor|flr|storey)(?![\p{L}])|\([A-Z]{1,2}\))"  # "3rd floor", "Andheri (E)"
)
_SMALL = r"(?:de|del|la|los|las|of|the|bin|binti|van|der|on|upon|al|el|da|dos|e|y|a|c/)"
_PART = rf"{_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+){{0,2}}{_WORD}){{0,6}}"
_ADDRESS = regex.compile(
    rf"(?<![\p{{L}}\d#/-])(?P<addr>(?:{_PART}[ \t]*,[ \t]*){{1,6}}(?:\d{{5}}[ \t]+)?(?P<town>{_TOWN})"
    rf"(?:[ \t]*[-–,]?[ \t]*(?P<code>\d{{4,6}}|\d{{3}}[ \t]\d{{3}})|[ \t]\d{{1,2}}(?![\d:]|[.,]\d)"
    # "Makati office", "Lagos team": a town alone before a lower-case word names a place of the firm
    r"|(?![ \t]+\p{Ll}))|"
    rf"(?:{_UNIT})[ \t]+{_PART}(?:[ \t]+{_PART})*[ \t]+(?P<town2>{_TOWN})(?:[ \t]+\d{{4,6}})(?![ \t]+\p{{Ll}}))"
    r"(?![\p{L}\d])"
)
# A date among the parts ("starts 2 June, Makati"): no address
_DATE_PART = regex.compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!(?-i:[ \t]+\p{Lu}))|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]+\d{1,2}(?:st|nd|rd|th)?\b"
)
# A part that makes the run an address: a house or unit number, a street or a district word
_STREETISH = regex.compile(
    rf"(?:^|[ \t]){_UNIT}(?:[ \t]|$)|\d|(?:Calle|Avenida|Av|Avda|Carrera|Cra|Jirón|Jr|Boulevard|Bulevar|Blvd|"
    r"Calzada|Camino|Carretera|Paseo|Diagonal|Transversal|Road|Rd|Street|St|Avenue|Ave|Lane|Close|Crescent|Drive|Way|Cross|Main|"
    r"Layout|Nagar|Marg|Salai|Colony|Extension|Estate|Jalan|Lorong|Persiaran|Lebuh|Taman|Barangay|Brgy|Village|"
    r"Gardens|Park|Hills|Heights|Ridge|Township|Phase|Sector|Block|Blk)\.?(?:$|[ \t,])"
)
_NOT_START = regex.compile(
    r"(?i)^(?:invoice|order|po|ref|ticket|case|project|item|page|version|week|total|amount|inv|tel|phone|fax|"
    r"mobile|email|vat|tin|pin|gst|gstin|pan)\b"
)


# One cheap scan for a town first: most texts name none of them, and the address pattern is costly to run
_TOWN_QUICK = regex.compile(rf"(?<![\p{{L}}])(?:{_REGION_TOWNS})(?![\p{{L}}])")
# and before it a cheaper one: a town's first word among the text's words
_TOWN_FIRSTS = first_runs(_REGION_TOWNS.split("|"))


def regional_addresses(text: str) -> Iterator[Span]:
    """Addresses of comma-separated parts that end on a big town (and its postcode), whose parts hold a house
    number, a unit word or a street word."""
    if _TOWN_FIRSTS.isdisjoint(letter_runs(text)) or _TOWN_QUICK.search(text) is None:
        return
    for m in _ADDRESS.finditer(text):
        addr = m.group("addr")
        head_end = m.start("town") if m.group("town") else m.start("town2")
        head = text[m.start() : head_end]
        parts = [p.strip() for p in head.split(",") if p.strip()]
        if not parts or not any(_STREETISH.search(p) for p in parts) or _DATE_PART.search(head):
            continue
        if not regex.search(r"\p{L}{3}", head):
            continue  # "pedido 22, Bogotá": a number alone before the town is no address
        # the first part that holds a digit or a unit word opens the address ("Deliver to No. 42, ...": the
        # capitalised words of a sentence before it stay out)
        offset = 0
        for p in parts:
            if _STREETISH.search(p) and not _NOT_START.match(p):
                break
            offset += 1
        if offset == len(parts):
            continue
        start = m.start() + head.index(parts[offset])
        if "\n" in text[start : m.end()] or "\t" in text[start : m.end()]:
            continue  # over a line break, or over a table's cells ("1\tQuispe Huamán, Rosario")
        yield Span(start, m.start() + len(addr), "ADDRESS", 0.85, "address")
