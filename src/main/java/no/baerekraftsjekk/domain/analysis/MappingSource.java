package no.baerekraftsjekk.domain.analysis;

import no.baerekraftsjekk.domain.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.baerekraftsjekk.domain.DimensionMapping;

/**
 * Where the dimension mapping comes from: an organisation's own {@value #FILE_NAME} in the data
 * folder when there is one, else the default shipped with the program. The mapping is data an
 * organisation may change (one common grouping puts goal 7 under the economy), not code.
 *
 * @param file the mapping file used, empty when the default is used
 */
public record MappingSource(DimensionMapping mapping, Optional<Path> file) {
    public static final String FILE_NAME = "dimension-mapping.tsv";

    /**
     * @throws no.baerekraftsjekk.domain.InvalidMappingException when the folder's mapping file is
     *     broken; it is never silently replaced by the default, since reports would then group the
     *     goals differently from what the organisation decided
     */
    public static MappingSource in(Path dataFolder) throws IOException {
        Path candidate = dataFolder.resolve(FILE_NAME);
        if (Files.exists(candidate) && !Files.isRegularFile(candidate)) {
            // A folder or a pipe by that name is a mistake to point out, not a reason to use the default silently.
            throw new no.baerekraftsjekk.domain.InvalidMappingException(candidate, 0,
                    Message.of("analysis.mapping.notRegular", candidate));
        }
        if (Files.isRegularFile(candidate)) {
            return new MappingSource(DimensionMapping.loadFrom(candidate), Optional.of(candidate));
        }
        return standard();
    }

    public static MappingSource standard() {
        return new MappingSource(DimensionMapping.standard(), Optional.empty());
    }

    public boolean isDefault() {
        return file.isEmpty();
    }

    /** An analyzer that uses this mapping with the shipped knowledge base. */
    public AssessmentAnalyzer analyzer() {
        return new AssessmentAnalyzer(mapping, TradeOffCatalog.standard());
    }
}
