extension HelpText {
    /// `swc help import`: both kinds, the mapping of the old export, and what a dry run is.
    static let importHelp = """
        gebruik: swc import swc-csv BESTAND [--data MAP] [--write]
                 swc import gemma BESTAND [--data MAP] [--write]

        Zonder --write is elke import een proefdraai: swc meldt wat er zou veranderen en schrijft
        niets. Met --write wordt elk gewijzigd bestand in één keer vervangen (eerst naar een tijdelijk
        bestand in dezelfde map, dan hernoemd), nooit half. Bij een fout wordt niets geschreven.

        swc-csv   de export van het oude softwarecatalogus.nl (UTF-8, ';', een regel per pakketversie)
                  naar organisaties.json, applicaties.json en applicatieversies.json:
                  - Leverancier ID/Naam → organisatie van type Leverancier, met die id;
                  - Pakket ID/Naam → applicatie met die id; de eerste zin van Pakket Beschrijving
                    wordt beschrijvingKort, de hele tekst beschrijvingLang; Pakket URL productpagina
                    wordt website (alleen http/https);
                  - Pakketversie Naam → versie (id: Pakketversie ID, of PAKKET-ID/VERSIE); Pakketversie
                    Status (In gebruik, In ontwikkeling, Einde ondersteuning, Teruggetrokken) wordt
                    status, Mutatiedatum pakketversie (dd-mm-jj; 69–99 is 19xx, 00–68 is 20xx) de
                    datum van die status;
                  - Referentiecomponenten leverancier UUID (gescheiden door komma's) → de
                    referentiecomponenten van de applicatie; id's die gemma.xml niet kent vallen weg.
                  Bestaande objecten worden op id bijgewerkt: velden die de export niet kent en lege
                  cellen laten de bestaande waarde staan; nieuwe objecten komen achteraan. De melding
                  noemt wat toegevoegd, gewijzigd en overgeslagen is (met de reden per regel).
        gemma     een nieuwe GEMMA-release (AMEFF) tegenover de huidige gemma.xml: welke
                  referentiecomponenten, standaarden, standaardversies en landelijke voorzieningen
                  erbij komen, verdwijnen of anders heten (op Object ID), en welke verwijzingen in de
                  catalogus zouden breken. Breekt er iets, dan wordt de release niet geïnstalleerd.

        opties:
          --data MAP   de gegevensmap (standaard content/catalogus)
          --write      schrijf het resultaat echt weg

        """
}
