package no.baerekraftsjekk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.guidance.ReferenceTexts;
import no.baerekraftsjekk.domain.profile.CouncilProfile;
import no.baerekraftsjekk.domain.profile.Logo;
import no.baerekraftsjekk.domain.profile.LogoFormat;
import no.baerekraftsjekk.domain.profile.ProfileFiles;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** A report made with the example profile: the template's styles and page, the letterhead, the local goals. */
class ProfileReportTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static final Texts TEXTS = Texts.of(Language.NB);

    private static ReportExporter exporter(CouncilProfile profile) {
        return new ReportExporter(AssessmentAnalyzer.standard(),
                new ReportGuidance(ReferenceTexts.load(Language.NB), AssessmentAnalyzer.standard().mapping(), profile.localGoals()),
                TEXTS, CouncilLook.of(profile));
    }

    private static byte[] export(CouncilProfile profile, Assessment assessment, ReportFormat format, ReportVariant variant)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter(profile).export(assessment, format, variant, out);
        return out.toByteArray();
    }

    private CouncilProfile withPngLogo(CouncilProfile profile) {
        Path png = ProfileFiles.png(folder, "logo.png");
        return new CouncilProfile(profile.organisation(), Optional.of(new Logo(png, LogoFormat.PNG)), profile.localGoals(),
                profile.units(), profile.committees(), profile.exemptionBases(), profile.reportLanguage(),
                profile.wordTemplate(), profile.dimensions());
    }

    @Test
    void theExampleProfileReadsWhole() throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        assertThat(profile.organisation()).isEqualTo("Eksempel kommune");
        assertThat(profile.localGoals()).hasSize(11);
        assertThat(profile.committees()).hasSize(2);
        assertThat(profile.units()).hasSize(5);
        assertThat(profile.logo().orElseThrow().format()).isEqualTo(LogoFormat.SVG);
        assertThat(profile.wordTemplate()).isPresent();
    }

    @Test
    void theLocalGoalsSectionListsExactlyTheTouchedGoalsWithTheirDirections() throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        ReportContent content = exporter(profile).content(ExampleProfile.handWorkedCase());
        ReportBlock.Table table = localGoalTable(content.blocks());
        assertThat(table.rows()).containsExactly(
                List.of("KP-1 Alle barn og unge opplever mestring i skolen", "Positiv", "4"),
                List.of("KP-5 Vi tar vare på naturmangfold, vassdrag og matjord", "Både positiv og negativ", "15"),
                List.of("KP-6 Trygge skoleveier og mer gange, sykkel og kollektiv", "Negativ", "11"),
                List.of("KP-7 Et levende sentrum med boliger for alle livsfaser", "Negativ", "11"));
    }

    @Test
    void theShortReportHasTheSectionToo() throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        ReportContent content = exporter(profile).content(ExampleProfile.handWorkedCase(), ReportVariant.SHORT);
        assertThat(localGoalTable(content.blocks()).rows()).hasSize(4);
    }

    @Test
    void withoutLocalGoalsThereIsNoSection() throws Exception {
        ReportContent content = exporter(CouncilProfile.builtIn()).content(ExampleProfile.handWorkedCase());
        assertThat(content.texts()).doesNotContain("Kommuneplanens mål");
    }

    @Test
    void aCaseTouchingNoLocalGoalSaysSo() throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        ReportContent content = exporter(profile).content(Assessment.newDraft("Tom sak"));
        assertThat(content.texts()).contains("Kommuneplanens mål", "Saken berører ingen av målene i kommuneplanen.");
    }

    private static ReportBlock.Table localGoalTable(List<ReportBlock> blocks) {
        int heading = blocks.indexOf(new ReportBlock.Heading(1, "Kommuneplanens mål"));
        assertThat(heading).isNotNegative();
        return blocks.subList(heading, blocks.size()).stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theWordReportTakesTheTemplatesStylesPageHeaderAndFooter() throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        byte[] docx = export(profile, ExampleProfile.handWorkedCase(), ReportFormat.WORD, ReportVariant.FULL);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            // Our headings in the template's heading styles (Norwegian Word's ids), whose look is the template's.
            List<String> headingStyles = document.getParagraphs().stream().map(XWPFParagraph::getStyleID)
                    .filter(s -> s != null && s.startsWith("Overskrift")).distinct().sorted().toList();
            assertThat(headingStyles).containsExactly("Overskrift1", "Overskrift2", "Overskrift3");
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getStyleID)).doesNotContain("Heading1", "Heading2");
            var heading1 = document.getStyles().getStyle("Overskrift1").getCTStyle();
            assertThat(heading1.getRPr().getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(heading1.getRPr().xmlText()).contains("0F5132");
            assertThat(document.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            // Our own styles that the template lacks are added.
            assertThat(document.getStyles().styleExist(WordStyles.NOTE)).isTrue();
            assertThat(document.getStyles().styleExist(WordStyles.TABLE)).isTrue();
            // The template's page: A4 with its own margins.
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1701");
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            // Its header and footer, with the draft notice under the header's own line.
            var policy = document.getHeaderFooterPolicy();
            assertThat(policy.getDefaultHeader().getText()).contains("Eksempel kommune · saksdokument", "UTKAST");
            assertThat(policy.getDefaultFooter().getText()).contains("Rådhusgata 1");
            // Page 1: the letterhead, the logo with its alternative text, and the template's footer.
            assertThat(policy.getFirstPageHeader().getText()).contains("Eksempel kommune", "UTKAST");
            assertThat(policy.getFirstPageHeader().getAllPictures()).hasSize(1);
            assertThat(policy.getFirstPageFooter().getText()).contains("Rådhusgata 1");
            assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            // The document is a document, not a template.
            assertThat(document.getPackage().getPartsByContentType(ExampleProfileMaker.DOCUMENT_TYPE)).hasSize(1);
            // The template's body text is gone; the report begins with its own first line.
            assertThat(document.getParagraphs().getFirst().getText()).startsWith("Bærekraftsvurdering");
        }
        WordSchemaValidationTest.assertValid("made from the example template", docx);
    }

    @Test
    void withoutATemplateTheWordReportKeepsItsOwnStylesAndGetsTheLetterhead() throws Exception {
        CouncilProfile example = withPngLogo(ExampleProfile.read(folder));
        CouncilProfile noTemplate = new CouncilProfile(example.organisation(), example.logo(), example.localGoals(),
                example.units(), example.committees(), example.exemptionBases(), example.reportLanguage(),
                Optional.empty(), example.dimensions());
        byte[] docx = export(noTemplate, ExampleProfile.handWorkedCase(), ReportFormat.WORD, ReportVariant.FULL);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getStyleID)).contains("Heading1", "Heading2");
            var policy = document.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getAllPictures()).hasSize(1);
            assertThat(policy.getFirstPageFooter().getText()).contains("Side");
            assertThat(policy.getDefaultFooter().getText()).contains("Side");
        }
    }

    @ParameterizedTest
    @EnumSource(LogoFormat.class)
    void thePdfCarriesTheLogoAndTheNameOnPageOneOnlyAndStaysPdfA(LogoFormat format) throws Exception {
        CouncilProfile profile = ExampleProfile.read(folder);
        if (format == LogoFormat.PNG) {
            profile = withPngLogo(profile);
        }
        byte[] pdf = export(profile, ExampleProfile.handWorkedCase(), ReportFormat.PDF, ReportVariant.FULL);
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(imagesOn(reader, 1)).isEqualTo(1);
            assertThat(imagesOn(reader, 2)).isZero();
            // The name is drawn as a header artifact, which text extraction leaves out: one glyph (two
            // bytes in the embedded font's encoding) per letter of the name.
            // The letterhead comes first on page 1, before the draft notice and the footer (artifacts too).
            String name = artifactTextsOn(reader, 1).getFirst();
            assertThat(name).hasSize(2 * "Eksempel kommune".length());
            assertThat(artifactTextsOn(reader, 2)).doesNotContain(name);
        }
        TaggedPdfAssert.assertPdfUaAndPdfA2a(pdf);
    }

    @Test
    void theWordReportCarriesTheLogoInBothFormats() throws Exception {
        for (CouncilProfile profile : List.of(ExampleProfile.read(folder.resolve("svg")), withPngLogo(ExampleProfile.read(folder.resolve("png"))))) {
            byte[] docx = export(profile, ExampleProfile.handWorkedCase(), ReportFormat.WORD, ReportVariant.SHORT);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
                var picture = document.getHeaderFooterPolicy().getFirstPageHeader().getAllPictures().getFirst();
                assertThat(picture.getPictureTypeEnum()).isEqualTo(org.apache.poi.common.usermodel.PictureType.PNG);
                assertThat(document.getHeaderFooterPolicy().getFirstPageHeader()._getHdrFtr().xmlText()).contains("descr=\"Eksempel kommune\"");
            }
        }
    }

    /** The strings shown inside /Artifact marked content on a page, as the bytes written. */
    private static List<String> artifactTextsOn(PdfReader reader, int number) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        var parser = new org.openpdf.text.pdf.PdfContentParser(new org.openpdf.text.pdf.PRTokeniser(reader.getPageContent(number)));
        List<org.openpdf.text.pdf.PdfObject> operands = new java.util.ArrayList<>();
        int depth = 0;
        boolean inArtifact = false;
        while (!parser.parse(operands).isEmpty()) {
            String operator = operands.getLast().toString();
            if (operator.equals("BDC") || operator.equals("BMC")) {
                depth++;
                if (operands.getFirst().toString().equals("/Artifact")) {
                    inArtifact = true;
                }
            } else if (operator.equals("EMC")) {
                depth--;
                if (depth == 0) {
                    inArtifact = false;
                }
            } else if (inArtifact && operator.equals("Tj")) {
                found.add(new String(((org.openpdf.text.pdf.PdfString) operands.getFirst()).getOriginalBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return found;
    }

    /** The image XObjects page {@code number} draws. */
    private static int imagesOn(PdfReader reader, int number) {
        PdfDictionary resources = reader.getPageN(number).getAsDict(PdfName.RESOURCES);
        PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (objects == null) {
            return 0;
        }
        int images = 0;
        for (PdfName name : objects.getKeys()) {
            PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(objects.get(name));
            if (PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE))) {
                images++;
            }
        }
        return images;
    }
}
