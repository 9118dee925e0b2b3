package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML part of a Word report validates against the ISO 29500 transitional schemas, read from
 * the complete schema types POI publishes (poi-ooxml-full, test scope) with XMLBeans' own validation.
 * A part Word reads leniently may still be refused by an archive's validator or a stricter program.
 */
class WordSchemaValidationTest {

    static Stream<Arguments> reports() throws Exception {
        List<Arguments> all = new ArrayList<>();
        ReportExporter exporter = ReportExporter.standard();
        for (ReportRendering.Example example : ReportRendering.shippedExamples()) {
            all.add(Arguments.of(example.name() + " full", exporter.content(example.assessment(), ReportVariant.FULL)));
        }
        all.add(Arguments.of("worst case, exempt draft", exporter.content(ReportFixtures.worstCase(), ReportVariant.FULL)));
        all.add(Arguments.of("worst case kort", exporter.content(ReportFixtures.worstCase(), ReportVariant.SHORT)));
        all.add(Arguments.of("nothing assessed", exporter.content(Assessment.newDraft("Tom sak"), ReportVariant.FULL)));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyPartValidatesAgainstTheTransitionalSchema(String name, ReportContent content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WordReportWriter(ReportFixtures.TEXTS).write(content, out);
        assertValid(name, out.toByteArray());
    }

    /** Every XML part of a Word file validates against the transitional schema; shared with {@link ProfileReportTest}. */
    static void assertValid(String name, byte[] docx) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            for (PackagePart part : pkg.getParts()) {
                String type = part.getContentType();
                if (!type.endsWith("+xml") || type.contains("relationships") || type.contains("core-properties")) {
                    continue;
                }
                List<XmlError> errors = new ArrayList<>();
                XmlOptions options = new XmlOptions().setErrorListener(errors).setLoadLineNumbers();
                XmlObject xml;
                try (InputStream in = part.getInputStream()) {
                    xml = parse(part.getPartName().getName(), in, options);
                }
                assertThat(xml.schemaType().isNoType()).as("%s: schema type known for %s", name, part.getPartName()).isFalse();
                if (!xml.validate(options)) {
                    errors.forEach(e -> problems.add(part.getPartName() + " line " + e.getLine() + ": " + e.getMessage()));
                }
                checked++;
            }
        }
        assertThat(checked).as("parts checked").isGreaterThanOrEqualTo(6);
        assertThat(problems).as(name).isEmpty();
    }

    /**
     * Each part through the factory of its own document type: the generic loader may meet the slim
     * schema jar first on the class path and not resolve every document element.
     */
    private static XmlObject parse(String partName, InputStream in, XmlOptions options) throws Exception {
        if (partName.equals("/docProps/app.xml")) {
            return org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.Factory.parse(in, options);
        }
        if (partName.equals("/docProps/custom.xml")) {
            return org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.Factory.parse(in, options);
        }
        if (partName.startsWith("/word/charts/")) {
            return org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument.Factory.parse(in, options);
        }
        if (partName.equals("/word/document.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(in, options);
        }
        if (partName.equals("/word/styles.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory.parse(in, options);
        }
        if (partName.equals("/word/settings.xml")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument.Factory.parse(in, options);
        }
        if (partName.startsWith("/word/header")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument.Factory.parse(in, options);
        }
        if (partName.startsWith("/word/footer")) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument.Factory.parse(in, options);
        }
        return XmlObject.Factory.parse(in, options);
    }
}
