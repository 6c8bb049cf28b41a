package org.courseport.application.auth;

/** The operator's command for stolen keys: every token stops working. Returns how many did. */
public interface RevokeAllTokens {
    int revokeAll();
}
