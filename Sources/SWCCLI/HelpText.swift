/// The help texts, in Dutch like every message of swc.
public enum HelpText {
    public static let version = "swc 0.1.0"
    static let commands = ["build", "check", "demo", "help", "import", "merge", "report", "serve"]

    public static func text(for topic: String?) -> String {
        switch topic {
        case "build": build
        case "check": check
        case "demo": demo
        case "import": importHelp
        case "merge": mergeHelp
        case "report": reportHelp
        case "serve": serveHelp
        case "help": "gebruik: swc help [COMMANDO]\n\nToont de hulp bij een commando: \(commands.joined(separator: ", ")).\n"
        default: overview
        }
    }

    static let overview = """
        swc — bouwt de statische site van de GEMMA Softwarecatalogus

        gebruik: swc COMMANDO [OPTIES]

        commando's:
          build    bouw de site in een uitvoermap (standaard site/)
          check    controleer alle invoer, schrijf niets
          demo     schrijf een verzonnen catalogus van elke omvang (voor demo's, tests en metingen)
          help     toon de hulp bij een commando
          import   neem de oude softwarecatalogus-export of een nieuwe GEMMA-release over in de gegevensmap
          merge    voeg organisaties (herindeling, fusie) of dubbele applicaties samen in de gegevensmap
          report   schrijf rapporten voor beheer bij VNG (concepten, dubbelen, kwaliteit), nooit in de site
          serve    bekijk de site terwijl je schrijft: bouwt, toont hem op 127.0.0.1 en bouwt opnieuw bij elke wijziging

        opties:
          --help       deze hulp
          --version    toon de versie

        Afsluitcodes: 0 gelukt, 1 fouten in de invoer, 2 verkeerd gebruik.

        """

    static let inputOptions = """
          --data MAP          de catalogusgegevens (standaard content/catalogus)
          --content MAP       pagina's, menu en vaste teksten (standaard content)
          --templates MAP     Mustache-sjablonen en assets/ (standaard Templates)
          --audience PUBLIEK  publiek of gemeenten (standaard publiek): wie de site mag zien
          --base-url ADRES    het adres van de gepubliceerde site, voor canonical-links en sitemap.xml
          --previous MAP      de gegevensmap van de vorige gepubliceerde momentopname: wat die publiceerde,
                              wordt een doorverwijzing of een pagina 'verwijderd', nooit een kale 404
          --quiet, -q         geen voortgang op stderr
        """

    static let build = """
        gebruik: swc build [--data MAP] [--content MAP] [--templates MAP] [--output MAP]
                           [--audience publiek|gemeenten] [--base-url ADRES] [--previous MAP]
                           [--report BESTAND] [--min-fraction N] [--force] [--no-downloads]
                           [--no-insight] [--quiet]

        Bouwt de site in een tijdelijke map naast de uitvoermap en zet die pas op zijn plaats als
        alles gelukt is: bij een fout blijft de vorige site precies zoals hij was.
        sitemap.xml wordt alleen geschreven met --base-url en voor het publiek 'publiek'.

        opties:
        \(inputOptions)
          --output MAP        waar de site komt (standaard site); swc vervangt deze map in zijn geheel
          --report BESTAND    schrijf een bouwrapport (JSON): aantallen per soort, pagina's, bytes,
                              waarschuwingen en fouten, seconden per stap; ook als de build mislukt
          --min-fraction N    met --previous: het kleinste deel van elke soort (applicaties, gebruik, …)
                              dat over moet blijven (standaard 0.9); minder is een fout
          --force             publiceer ook een momentopname die meer gekrompen is
          --no-downloads      geen CSV-, Excel- en ArchiMate-bestanden en geen links ernaar (snel voorbeeld)
          --no-insight        geen inzichtpagina's (vergelijken, statistieken, GEMMA-views, buren, advies,
                              informatiestromen, verwerkingen, wijzigingen) en geen links ernaar (snel voorbeeld)

        Bestanden die niet veranderd zijn, blijven dezelfde bestanden (zelfde wijzigingstijd), zodat
        rsync of een CDN alleen overzet wat veranderd is.

        """

    static let demo = """
        gebruik: swc demo [--scale N] --output MAP [--gemma BESTAND]

        Schrijft een complete, verzonnen gegevensmap: de echte 342 gemeenten en het GEMMA-model, met
        verzonnen leveranciers, applicaties, versies, diensten, gebruik, koppelingen en beoordelingen.
        Dezelfde schaal geeft altijd dezelfde bestanden.

        opties:
          --scale N        1 is landelijk (~6.100 applicaties, ~60.000 gebruik); 4 is vier keer zoveel;
                           0.05 is de demo in content/catalogus (standaard 1)
          --output MAP     waar de gegevensbestanden komen
          --gemma BESTAND  het GEMMA-model (AMEFF) dat mee gaat (standaard content/catalogus/gemma.xml)

        """

    static let check = """
        gebruik: swc check [--data MAP] [--content MAP] [--templates MAP]
                           [--audience publiek|gemeenten] [--base-url ADRES] [--quiet]

        Controleert alles wat een build zou controleren (inhoud, menu, sjablonen, gegevens) en meldt
        alle problemen tegelijk, met bestand, regel en kolom. Schrijft niets.

        opties:
        \(inputOptions)

        """
}
