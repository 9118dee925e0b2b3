package no.baerekraftsjekk.storage;

/** The fake the screens are tested with keeps the library's contract, so their tests mean something. */
class InMemoryLibraryContractTest extends AssessmentLibraryContract {
    @Override
    protected AssessmentLibrary newLibrary() {
        return new InMemoryLibrary();
    }
}
