/// A small GEMMA-like model: one referentiecomponent with a Verplicht and an Aanbevolen standaard,
/// a standaard with two versies, a landelijke voorziening, an applicatieservice, a national
/// service that must not count, and one view published to the Softwarecatalogus next to one that is
/// not. The `propid` numbers are deliberately not in any order, and differ from real exports.
let minimalModel = modelHeader + """

      <name xml:lang="nl">GEMMA</name>
      <properties>
        <property propertyDefinitionRef="propid-9"><value xml:lang="nl">2026-06-30</value></property>
      </properties>
      <elements>
        <element identifier="id-rc1" xsi:type="ApplicationComponent">
          <name xml:lang="nl">Zaakregistratiecomponent</name>
          <documentation xml:lang="nl">Registreert zaken &amp; documenten.</documentation>
          <properties>
            <property propertyDefinitionRef="propid-3"><value xml:lang="nl">Referentiecomponent</value></property>
            <property propertyDefinitionRef="propid-1"><value xml:lang="nl">guid-rc1</value></property>
          </properties>
        </element>
        <element identifier="id-std" xsi:type="Constraint">
          <name xml:lang="nl">StUF</name>
          <properties>
            <property propertyDefinitionRef="propid-1"><value>guid-std</value></property>
            <property propertyDefinitionRef="propid-3"><value>Standaard</value></property>
          </properties>
        </element>
        <element identifier="id-arch" xsi:type="Constraint">
          <name xml:lang="nl">Archiefwet</name>
          <properties>
            <property propertyDefinitionRef="propid-3"><value>Standaard</value></property>
            <property propertyDefinitionRef="propid-1"><value>guid-arch</value></property>
          </properties>
        </element>
        <element identifier="id-v3" xsi:type="Constraint">
          <name xml:lang="nl">StUF 3.01</name>
          <properties>
            <property propertyDefinitionRef="propid-3"><value>Standaardversie</value></property>
            <property propertyDefinitionRef="propid-1"><value>guid-v3</value></property>
          </properties>
        </element>
        <element identifier="id-v2" xsi:type="Constraint">
          <name xml:lang="nl">StUF 2.04</name>
          <properties>
            <property propertyDefinitionRef="propid-3"><value>Standaardversie</value></property>
            <property propertyDefinitionRef="propid-1"><value>guid-v2</value></property>
          </properties>
        </element>
        <element identifier="id-digid" xsi:type="ApplicationComponent">
          <name xml:lang="nl">DigiD</name>
          <documentation xml:lang="nl"><![CDATA[Inloggen <met> BSN]]></documentation>
          <properties>
            <property propertyDefinitionRef="propid-3"><value>Buitengemeentelijke voorziening</value></property>
            <property propertyDefinitionRef="propid-1"><value>guid-digid</value></property>
          </properties>
        </element>
        <element identifier="id-as" xsi:type="ApplicationService">
          <name xml:lang="nl">Zaken registreren</name>
          <properties>
            <property propertyDefinitionRef="propid-1"><value>guid-as</value></property>
          </properties>
        </element>
        <element identifier="id-brp" xsi:type="ApplicationService">
          <name xml:lang="nl">BRP bevragen</name>
          <properties>
            <property propertyDefinitionRef="propid-3"><value>Buitengemeentelijke service</value></property>
            <property propertyDefinitionRef="propid-1"><value>guid-brp</value></property>
          </properties>
        </element>
      </elements>
      <relationships>
        <relationship identifier="id-r1" xsi:type="Realization" source="id-rc1" target="id-std">
          <properties>
            <property propertyDefinitionRef="propid-4"><value>Verplicht</value></property>
          </properties>
        </relationship>
        <relationship identifier="id-r2" xsi:type="Realization" source="id-rc1" target="id-arch">
          <properties>
            <property propertyDefinitionRef="propid-4"><value>Aanbevolen</value></property>
          </properties>
        </relationship>
        <relationship identifier="id-r3" xsi:type="Specialization" source="id-v3" target="id-std"/>
        <relationship identifier="id-r4" xsi:type="Specialization" source="id-v2" target="id-std"/>
        <relationship identifier="id-r5" xsi:type="Realization" source="id-rc1" target="id-as"/>
        <relationship identifier="id-r6" xsi:type="Serving" source="id-digid" target="id-rc1"/>
      </relationships>
      <organizations>
        <item><label xml:lang="nl">Application</label><item identifierRef="id-rc1"/></item>
      </organizations>
      <propertyDefinitions>
        <propertyDefinition identifier="propid-4" type="string"><name>Verbindingsrol</name></propertyDefinition>
        <propertyDefinition identifier="propid-1" type="string"><name>Object ID</name></propertyDefinition>
        <propertyDefinition identifier="propid-9" type="string"><name>Release</name></propertyDefinition>
        <propertyDefinition identifier="propid-3" type="string"><name>GEMMA type</name></propertyDefinition>
        <propertyDefinition identifier="propid-7" type="string"><name>Titel view SWC</name></propertyDefinition>
        <propertyDefinition identifier="propid-2" type="string"><name>Publiceren</name></propertyDefinition>
      </propertyDefinitions>
      <views>
        <diagrams>
          <view identifier="id-view-swc" xsi:type="Diagram">
            <name xml:lang="nl">RC00 intern</name>
            <properties>
              <property propertyDefinitionRef="propid-2"><value>Softwarecatalogus en GEMMA Online en redactie</value></property>
              <property propertyDefinitionRef="propid-7"><value>Alle referentiecomponenten</value></property>
              <property propertyDefinitionRef="propid-1"><value>guid-view</value></property>
            </properties>
            <node identifier="id-n1" xsi:type="Container" x="10" y="20" w="300" h="200">
              <label xml:lang="nl">Zaakgericht werken</label>
              <style><fillColor r="248" g="248" b="248" a="100"/><lineColor r="0" g="0" b="0"/></style>
              <node identifier="id-n2" elementRef="id-rc1" xsi:type="Element" x="30" y="60" w="120" h="55"/>
            </node>
            <node identifier="id-n3" elementRef="id-std" xsi:type="Element" x="400" y="60" w="120" h="55"/>
            <node identifier="id-n4" xsi:type="Label" x="400" y="300" w="90" h="30">
              <label xml:lang="nl">Meer</label>
              <viewRef ref="id-view-other"/>
            </node>
            <connection identifier="id-c1" relationshipRef="id-r1" xsi:type="Relationship" source="id-n2" target="id-n3">
              <bendpoint x="200" y="400"/>
            </connection>
          </view>
          <view identifier="id-view-other" xsi:type="Diagram">
            <name xml:lang="nl">Niet voor de catalogus</name>
            <properties>
              <property propertyDefinitionRef="propid-2"><value>GEMMA Online en redactie</value></property>
            </properties>
            <node identifier="id-n9" elementRef="id-rc1" xsi:type="Element" x="0" y="0" w="120" h="55"/>
          </view>
        </diagrams>
      </views>
    </model>

    """
