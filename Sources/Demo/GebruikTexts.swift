/// Invented entries for the register van verwerkingen and internal notes on gebruik lines.
enum GebruikTexts {
    static let verwerkingen: [Verwerking] = [
        Verwerking(
            naam: "Aanvragen bijstandsuitkering", doel: "Vaststellen van het recht op bijstand",
            grondslag: "Wettelijke verplichting (AVG art. 6 lid 1 sub c), Participatiewet",
            categorieenPersoonsgegevens: ["NAW-gegevens", "BSN", "Financiële gegevens", "Gezinssamenstelling"],
            categorieenBetrokkenen: ["Aanvragers", "Gezinsleden"], bewaartermijn: "10 jaar na beëindiging van de uitkering"),
        Verwerking(
            naam: "Meldingen openbare ruimte", doel: "Afhandelen van meldingen over de openbare ruimte",
            grondslag: "Taak van algemeen belang (AVG art. 6 lid 1 sub e)",
            categorieenPersoonsgegevens: ["Naam", "Contactgegevens", "Locatie"],
            categorieenBetrokkenen: ["Melders"], bewaartermijn: "2 jaar na afhandeling"),
        Verwerking(
            naam: "Heffen en innen gemeentelijke belastingen", doel: "Opleggen en innen van aanslagen",
            grondslag: "Wettelijke verplichting (AVG art. 6 lid 1 sub c), Gemeentewet",
            categorieenPersoonsgegevens: ["NAW-gegevens", "BSN", "Bankrekeningnummer", "WOZ-waarde"],
            categorieenBetrokkenen: ["Belastingplichtigen"], bewaartermijn: "7 jaar"),
        Verwerking(
            naam: "Omgevingsvergunningen", doel: "Beoordelen van aanvragen voor een omgevingsvergunning",
            grondslag: "Wettelijke verplichting (AVG art. 6 lid 1 sub c), Omgevingswet",
            categorieenPersoonsgegevens: ["NAW-gegevens", "Contactgegevens", "Kadastrale gegevens"],
            categorieenBetrokkenen: ["Aanvragers", "Belanghebbenden"], bewaartermijn: "Permanent (selectielijst)"),
        Verwerking(
            naam: "Personeelsadministratie", doel: "Uitvoeren van de arbeidsovereenkomst",
            grondslag: "Uitvoering overeenkomst (AVG art. 6 lid 1 sub b)",
            categorieenPersoonsgegevens: ["NAW-gegevens", "BSN", "Salarisgegevens", "Verzuimgegevens"],
            categorieenBetrokkenen: ["Medewerkers", "Sollicitanten"], bewaartermijn: "7 jaar na uitdiensttreding"),
        Verwerking(
            naam: "Wmo-maatwerkvoorzieningen", doel: "Toekennen van ondersteuning op grond van de Wmo",
            grondslag: "Wettelijke verplichting (AVG art. 6 lid 1 sub c en art. 9 lid 2 sub h), Wmo 2015",
            categorieenPersoonsgegevens: ["NAW-gegevens", "BSN", "Gezondheidsgegevens"],
            categorieenBetrokkenen: ["Inwoners met een ondersteuningsvraag", "Mantelzorgers"],
            bewaartermijn: "15 jaar na beëindiging van de voorziening"),
        Verwerking(
            naam: "Klantcontactregistratie", doel: "Beantwoorden van vragen van inwoners en ondernemers",
            grondslag: "Taak van algemeen belang (AVG art. 6 lid 1 sub e)",
            categorieenPersoonsgegevens: ["Naam", "Contactgegevens", "Inhoud van het contact"],
            categorieenBetrokkenen: ["Inwoners", "Ondernemers"], bewaartermijn: "1 jaar"),
    ]

    static func interneAantekening(_ peildatumYear: Int, _ random: inout SplitMix64) -> String {
        switch random.below(5) {
        case 0: return "Contract loopt af in \(peildatumYear + random.int(1...3)); heroverwegen bij de volgende aanbesteding."
        case 1: return "Let op: licentiekosten stijgen volgend jaar met \(random.int(5...20))%."
        case 2: return "Vervanging besproken in het informatieberaad; nog geen besluit."
        case 3: return "Koppeling met het zaaksysteem geeft regelmatig storingen; melding loopt bij de leverancier."
        default: return "Intern aanspreekpunt: team Informatievoorziening, kamer \(random.int(100...450))."
        }
    }
}
