package no.baerekraftsjekk.ui.assessment.review;

import java.util.List;
import java.util.Optional;
import no.baerekraftsjekk.storage.council.CouncilUsers;
import no.baerekraftsjekk.storage.council.LibraryUser;
import no.baerekraftsjekk.storage.council.PostgresLibrary;
import no.baerekraftsjekk.storage.council.Reviews;

/**
 * What the access bar asks the council library: who is connected, who owns the assessment, whom
 * the owner named, and who could be named. Behind an interface so the view model is testable
 * without a database. Runs off the FX thread.
 */
public interface CouncilAccess {
    Access load(long assessmentId);

    void setColleagues(long assessmentId, List<String> logins);

    /**
     * @param me the connected user; empty when not registered (IT's own login, outside the rules)
     * @param owner the login that owns the assessment; empty when the database does not show it
     */
    record Access(Optional<LibraryUser> me, Optional<String> owner, List<String> colleagues, List<LibraryUser> users) {
        public Access {
            colleagues = List.copyOf(colleagues);
            users = List.copyOf(users);
        }
    }

    static CouncilAccess of(PostgresLibrary library) {
        return new CouncilAccess() {
            @Override
            public Access load(long id) {
                CouncilUsers users = new CouncilUsers(library);
                return new Access(users.me(), new Reviews(library).state(id).map(s -> s.owner()), library.colleagues(id),
                        users.list());
            }

            @Override
            public void setColleagues(long id, List<String> logins) {
                library.setColleagues(id, logins);
            }
        };
    }
}
