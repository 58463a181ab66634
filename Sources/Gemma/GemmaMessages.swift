/// Every Dutch text the GEMMA reader shows, one function per kind of problem, each saying what is
/// wrong and what to do. Positions are added by the diagnostic, not written into the text.
enum GemmaMessages {
    private static let reexport = "Exporteer het model opnieuw uit Archi (File › Export › Model to Open Exchange File)."
    private static let fixInArchi = "Pas dit aan in het GEMMA-model in Archi en exporteer het opnieuw."

    // MARK: Reading the file

    static func notUTF8() -> String {
        "Het bestand is geen geldige UTF-8-tekst (hier staat een byte die in UTF-8 niet kan voorkomen). "
            + "Sla het op als UTF-8 of \(lower(reexport))"
    }

    static func forbiddenControlCharacter(_ byte: UInt8) -> String {
        let code = String(byte, radix: 16, uppercase: true)
        return "Hier staat een onzichtbaar stuurteken (U+\(String(repeating: "0", count: 4 - code.count) + code)) "
            + "dat in XML niet is toegestaan, vaak meegekopieerd uit een tekstverwerker. "
            + "Verwijder het uit de naam of beschrijving in Archi en exporteer opnieuw."
    }

    static func notArchiMate(root: String) -> String {
        "Dit is geen ArchiMate-uitwisselbestand: het hoofdelement is <\(root)>, verwacht is "
            + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\">. "
            + "Gebruik een export van het GEMMA-model in het Open Exchange-formaat. \(reexport)"
    }

    /// The message for malformed XML; `openedAtLine` is the line of the start tag concerned.
    static func xml(_ problem: XMLProblem, openedAtLine: Int?) -> String {
        let opened = openedAtLine.map { " (geopend op regel \($0))" } ?? ""
        switch problem {
        case .unexpectedEnd(let element, _):
            let what = element.map { "<\($0)>\(opened) is nog niet afgesloten" } ?? "er ontbreekt nog een stuk XML"
            return "Het bestand houdt onverwacht op: \(what). Het bestand is waarschijnlijk afgebroken bij "
                + "kopiëren of opslaan. \(reexport)"
        case .mismatchedEndTag(let expected, let found, _):
            return "Eindtag </\(found)> past niet bij <\(expected)>\(opened): verwacht is </\(expected)>. "
                + "Er ontbreekt een eindtag of er staat een tag te veel; herstel de XML of \(lower(reexport))"
        case .endTagWithoutStartTag(let name):
            return "Eindtag </\(name)> zonder bijbehorende starttag. Verwijder hem of \(lower(reexport))"
        case .unclosedComment:
            return "Commentaar <!-- wordt niet afgesloten met -->. Voeg --> toe of verwijder het commentaar."
        case .doubleHyphenInComment:
            return "In commentaar mag '--' niet voorkomen (alleen als afsluiting -->). Verwijder het streepje of het commentaar."
        case .unclosedCDATA:
            return "CDATA-blok <![CDATA[ wordt niet afgesloten met ]]>. Voeg ]]> toe."
        case .unclosedProcessingInstruction:
            return "Verwerkingsinstructie <? wordt niet afgesloten met ?>. Voeg ?> toe of verwijder de instructie."
        case .misplacedXMLDeclaration:
            return "De XML-declaratie <?xml …?> mag alleen helemaal aan het begin van het bestand staan. "
                + "Verwijder wat ervoor staat (ook lege regels)."
        case .unsupportedEncoding(let encoding):
            return "Het bestand zegt gecodeerd te zijn als '\(encoding)'; alleen UTF-8 wordt gelezen. "
                + "Sla het op als UTF-8 of \(lower(reexport))"
        case .bareAmpersand:
            return "Losse '&' in de tekst. Schrijf &amp; voor een en-teken, of maak de verwijzing af met een puntkomma (&lt;)."
        case .unknownEntity(let name):
            return "Onbekende entiteit &\(name);. XML kent alleen &lt; &gt; &amp; &apos; &quot; en tekencodes als &#233;. "
                + "Vervang haar door het teken zelf."
        case .invalidCharacterReference(let text):
            return "Ongeldige tekencode '\(text)': schrijf &#233; of &#xE9; met een geldig Unicode-teken en een puntkomma."
        case .attributeWithoutQuotes(let name):
            return "De waarde van attribuut '\(name)' staat niet tussen aanhalingstekens. Schrijf \(name)=\"…\"."
        case .attributeWithoutValue(let name):
            return "Attribuut '\(name)' heeft geen waarde. Schrijf \(name)=\"…\"."
        case .duplicateAttribute(let name):
            return "Attribuut '\(name)' staat twee keer in dezelfde tag. Verwijder een van beide."
        case .lessThanInAttributeValue(let name):
            return "De waarde van attribuut '\(name)' bevat '<'. Schrijf &lt; of controleer of er een aanhalingsteken ontbreekt."
        case .missingWhitespaceBetweenAttributes:
            return "Tussen twee attributen ontbreekt een spatie. Zet er een spatie tussen."
        case .invalidName:
            return "Hier wordt een tag- of attribuutnaam verwacht. Controleer of er een '<' te veel staat; schrijf &lt; in tekst."
        case .unexpectedCharacter(let character):
            return "Onverwacht teken '\(character)' in een tag. Controleer de tag op een ontbrekend aanhalingsteken of '>'."
        case .invalidUTF8:
            return notUTF8()
        case .forbiddenControlCharacter(let byte):
            return forbiddenControlCharacter(byte)
        case .textOutsideRootElement:
            return "Hier staat tekst buiten het <model>-element. Verwijder die; alles hoort binnen <model> … </model>."
        case .secondRootElement(let name):
            return "Na </model> volgt nog een element <\(name)>; een XML-bestand heeft één hoofdelement. "
                + "Verwijder het of \(lower(reexport))"
        case .noRootElement:
            return "Het bestand bevat geen XML-elementen. Is het leeg? \(reexport)"
        }
    }

    // MARK: Property definitions

    static func propertyWithoutDefinitionRef() -> String {
        "Eigenschap zonder propertyDefinitionRef; ze wordt overgeslagen. \(reexport)"
    }

    static func unnamedPropertyDefinition(_ identifier: String) -> String {
        "Eigenschapdefinitie '\(identifier)' heeft geen naam; eigenschappen die ernaar verwijzen worden overgeslagen. "
            + "Geef de eigenschap een naam in Archi en exporteer opnieuw."
    }

    static func missingPropertyDefinition(_ reference: String, uses: Int) -> String {
        "Eigenschap verwijst naar eigenschapdefinitie '\(reference)', maar die staat niet in <propertyDefinitions> "
            + "(\(uses) keer gebruikt). Deze eigenschappen worden overgeslagen, dus bijvoorbeeld Object ID of "
            + "GEMMA type kan ontbreken. \(reexport)"
    }

    // MARK: Concepts and relationships

    static func missingIdentifier() -> String {
        "Element of relatie zonder identifier; het wordt overgeslagen. \(reexport)"
    }

    static func duplicateIdentifier(_ identifier: String) -> String {
        "Identifier '\(identifier)' komt twee keer voor; alleen de eerste wordt gebruikt. \(reexport)"
    }

    static func missingObjectID(naam: String, identifier: String, fallback: String) -> String {
        "'\(naam)' (\(identifier)) heeft geen eigenschap Object ID; '\(fallback)' wordt gebruikt. Verwijzingen "
            + "uit de catalogus naar dit element breken als het model later een ander Object ID geeft. \(fixInArchi)"
    }

    static func wrongArchiMateType(naam: String, gemmaType: String, found: String, expected: String) -> String {
        "'\(naam)' heeft GEMMA type '\(gemmaType)' maar is een \(found), geen \(expected); het wordt overgeslagen. "
            + fixInArchi
    }

    static func longRelationshipType(_ type: String, meant: String) -> String {
        "Relatietype '\(type)' is niet geldig in het uitwisselformaat; gelezen als '\(meant)'. "
            + "Schrijf xsi:type=\"\(meant)\"."
    }

    static func unknownRelationshipType(_ type: String) -> String {
        "Onbekend relatietype '\(type)'; de relatie wordt overgeslagen. Geldig zijn Composition, Aggregation, "
            + "Assignment, Realization, Serving, Access, Influence, Triggering, Flow, Specialization en Association."
    }

    static func danglingRelationshipEnd(_ identifier: String, reference: String) -> String {
        let target = reference.isEmpty ? "een ontbrekend element" : "'\(reference)', dat niet in het bestand staat"
        return "Relatie '\(identifier)' verwijst naar \(target). \(reexport)"
    }

    static func missingVerbindingsrol(referentiecomponent: String, standaard: String) -> String {
        "De realisatie van standaard '\(standaard)' door referentiecomponent '\(referentiecomponent)' heeft geen "
            + "eigenschap Verbindingsrol; de standaard wordt niet bij de referentiecomponent getoond. "
            + "Geef de relatie Verbindingsrol 'Verplicht' of 'Aanbevolen'."
    }

    static func unknownVerbindingsrol(_ value: String, referentiecomponent: String, standaard: String) -> String {
        "Verbindingsrol '\(value)' op de realisatie van standaard '\(standaard)' door referentiecomponent "
            + "'\(referentiecomponent)' is onbekend; de standaard wordt niet getoond. Gebruik 'Verplicht' of 'Aanbevolen'."
    }

    static func reversedSpecialization(versie: String, standaard: String) -> String {
        "De specialisatie tussen standaard '\(standaard)' en standaardversie '\(versie)' loopt de verkeerde kant op; "
            + "gelezen als versie van die standaard. Laat de relatie van de versie naar de standaard lopen."
    }

    static func versieWithoutStandaard(_ versie: String) -> String {
        "Standaardversie '\(versie)' hoort bij geen standaard. "
            + "Leg in Archi een specialisatierelatie van de versie naar haar standaard."
    }

    static func versieWithSeveralStandaarden(_ versie: String, chosen: String, others: [String]) -> String {
        "Standaardversie '\(versie)' hoort bij meer dan één standaard; '\(chosen)' wordt gebruikt, niet "
            + others.map { "'\($0)'" }.joined(separator: ", ") + ". " + fixInArchi
    }

    static func noReferentiecomponenten() -> String {
        "Het model bevat geen referentiecomponenten (ApplicationComponent met GEMMA type 'Referentiecomponent'). "
            + "Is dit wel het GEMMA-model, en staan de eigenschapdefinities erin? \(reexport)"
    }

    // MARK: Views

    static func missingNodeBounds(view: String, node: String) -> String {
        "Vak '\(node)' in view '\(view)' mist x, y, w of h; het wordt op 0 gezet. \(reexport)"
    }

    static func unknownElementRef(view: String, reference: String) -> String {
        "View '\(view)' toont element '\(reference)', dat niet in het bestand staat; het vak krijgt geen naam. \(reexport)"
    }

    static func unknownConnectionEnd(view: String, reference: String) -> String {
        "Een lijn in view '\(view)' verwijst naar '\(reference)', dat niet op deze view staat; de lijn wordt "
            + "weggelaten. \(reexport)"
    }

    static func unknownRelationshipRef(view: String, reference: String) -> String {
        "Een lijn in view '\(view)' toont relatie '\(reference)', die niet in het bestand staat. \(reexport)"
    }

    private static func lower(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
