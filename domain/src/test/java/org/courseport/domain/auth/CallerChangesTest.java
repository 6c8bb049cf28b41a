package org.courseport.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courseport.domain.user.UserName;
import org.junit.jupiter.api.Test;

class CallerChangesTest {

    @Test
    void aChangeNamesOneUserOrEveryone() {
        assertEquals(Optional.of(new UserName("tess")), CallerChanges.Change.of(new UserName("tess")).user());
        assertEquals(Optional.empty(), CallerChanges.Change.everyone().user());
    }

    @Test
    void aSingleProcessStoreHearsEverythingAtOnceAndTellsNoOne() {
        List<String> heard = new ArrayList<>();
        CallerChanges.SINGLE_PROCESS.listen(new CallerChanges.Listener() {
            @Override
            public void changed(CallerChanges.Change change) {
                heard.add("changed");
            }

            @Override
            public void deaf() {
                heard.add("deaf");
            }

            @Override
            public void hearing() {
                heard.add("hearing");
            }
        });
        CallerChanges.SINGLE_PROCESS.announce(CallerChanges.Change.everyone());
        CallerChanges.SINGLE_PROCESS.close();

        assertEquals(List.of("hearing"), heard);
    }
}
