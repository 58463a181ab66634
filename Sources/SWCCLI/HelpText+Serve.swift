extension HelpText {
    /// `swc help serve`: the preview for editors and the rules it keeps.
    static let serveHelp = """
        gebruik: swc serve [--port N] [--data MAP] [--content MAP] [--templates MAP] [--output MAP]
                           [--audience publiek|gemeenten] [--base-url ADRES] [--previous MAP]
                           [--no-downloads] [--no-insight] [--quiet]

        Bouwt de site en toont hem op http://127.0.0.1:8000/, alleen op deze computer. Zodra een
        bestand in de content, de sjablonen of de gegevens verandert, bouwt swc opnieuw; herlaad de
        pagina in de browser om het resultaat te zien. Breekt een wijziging de build, dan meldt swc
        de fouten met bestand en regel, zoals 'swc build', en blijft de vorige versie te zien tot
        de fout hersteld is. Mislukt al de eerste build, dan stopt swc met de meldingen
        (afsluitcode 1). Ctrl-C stopt.

        De site komt in een tijdelijke map die bij het stoppen verdwijnt; de map site/ blijft
        onaangeroerd. Paden buiten de site (ook met .. of %2e%2e) worden geweigerd.

        opties:
          --port N            de poort op 127.0.0.1 (standaard 8000)
        \(inputOptions)
          --output MAP        bouw en toon de site in deze map en laat hem staan (standaard een tijdelijke map)
          --no-downloads      geen CSV-, Excel- en ArchiMate-bestanden: sneller opnieuw bouwen
          --no-insight        geen inzichtpagina's (vergelijken, statistieken, buren, …): sneller opnieuw bouwen

        """
}
