package org.courseport.client.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IgnoreRulesTest {
    private final IgnoreRules rules = IgnoreRules.parse("""
            # drafts and editor leftovers
            *.swp
            drafts/
            /notes.txt
            static/**/*.psd
            build
            !build/keep.xml
            """);

    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        assertTrue(rules.ignores("a.swp", false));
        assertTrue(rules.ignores("html/deep/a.swp", false));
        assertFalse(rules.ignores("html/a.swp.xml", false));
    }

    @Test
    void aTrailingSlashMatchesFoldersOnly() {
        assertTrue(rules.ignores("drafts", true));
        assertTrue(rules.ignores("chapter/drafts", true));
        assertFalse(rules.ignores("drafts", false));
    }

    @Test
    void aSlashAnchorsThePatternAtTheRoot() {
        assertTrue(rules.ignores("notes.txt", false));
        assertFalse(rules.ignores("html/notes.txt", false));
        assertTrue(rules.ignores("static/a/b/logo.psd", false));
        assertTrue(rules.ignores("static/logo.psd", false));
        assertFalse(rules.ignores("logo.psd", false));
    }

    @Test
    void theLastMatchingLineDecides() {
        assertTrue(rules.ignores("build", false));
        assertFalse(rules.ignores("build/keep.xml", false));
        assertFalse(IgnoreRules.none().ignores("anything", false));
    }
}
