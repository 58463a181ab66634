extension HelpText {
    /// `swc help merge`: both kinds and the rules a merge follows.
    static let mergeHelp = """
        gebruik: swc merge organisaties --into ID ID... [--data MAP] [--write]
                 swc merge applicaties --into ID ID... [--data MAP] [--write]

        Voegt organisaties samen (herindeling, fusie) of dubbele applicaties (vaak concepten die
        verschillende gemeenten registreerden). Zonder --write is het een proefdraai: swc toont per
        bestand wat er zou veranderen (aantallen en ids) en schrijft niets. Met --write wordt elk
        gewijzigd bestand in één keer vervangen (eerst alle tijdelijke bestanden, dan hernoemd).
        De bestanden blijven in de vaste opmaak, zodat de diff alleen de samenvoeging laat zien.

        swc weigert (afsluitcode 1, met de plek) als de gegevensmap fouten heeft, een id niet bestaat,
        de organisaties niet van hetzelfde type zijn (applicaties: niet van dezelfde aanbieder), --into
        ook bij de samen te voegen ids staat, of een id al in een andere is opgegaan.

        organisaties  gebruik, contactpersonen, deelnames, beoordelingen, aangeboden applicaties en
                      diensten gaan naar de blijvende organisatie; gebruik van dezelfde applicatie wordt
                      één regel: die van de blijvende (anders van de eerstgenoemde), met de lijsten
                      samengevoegd (referentiecomponenten, diensten, deelnemers, verwerkingen), de meest
                      gevorderde status (Uitgefaseerd telt alleen als er niets anders is) en wat de regel
                      miste; koppelingen en contracten gaan mee. Van twee beoordelingen van hetzelfde
                      blijft de nieuwste. De samengevoegde organisaties krijgen opgegaanIn en blijven
                      staan (voor doorverwijzingen); hun status blijft zoals hij was.
        applicaties   versies (dezelfde versie wordt één), gebruik (per organisatie één regel),
                      diensten, compliancy (heeft de blijvende al een uitspraak over die standaardversie,
                      dan blijft die) en beoordelingen gaan naar de blijvende applicatie; de samengevoegde
                      krijgen opgegaanIn.

        opties:
          --into ID    de organisatie of applicatie die blijft
          --data MAP   de gegevensmap (standaard content/catalogus)
          --write      voer de samenvoeging echt uit

        """

    /// `swc help report`.
    static let reportHelp = """
        gebruik: swc report [--data MAP] --output MAP

        Schrijft rapporten voor de beoordelaars bij VNG, als HTML-pagina's (index.html) met bij elke
        tabel een CSV-bestand: concepten ter beoordeling (met wie ze registreerde), mogelijke dubbelen
        (applicaties per aanbieder, organisaties op naam of KvK-nummer), de kwaliteit van de gegevens
        per type organisatie, en verwijzingen naar GEMMA die niet meer bestaan. Dat laatste werkt ook
        als de gegevensmap daardoor fouten heeft.

        De rapporten noemen concepten en contactpersonen en horen nooit op de site: swc weigert een
        uitvoermap in een site (.swc-site), in de inhoudsmap (_site.md) of in de gegevensmap, en een
        niet-lege map die swc report niet zelf maakte.

        opties:
          --data MAP     de gegevensmap (standaard content/catalogus)
          --output MAP   waar de rapporten komen, bijvoorbeeld rapporten

        """
}
