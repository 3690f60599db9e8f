package de.netzwerk.meeting.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The last augmentor: what reaches it was verified and let through by every other one (a refusal ends the chain
 * before), so it is remembered for the token's next request ({@link VerifiedTokens}).
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    VerifiedTokenRecorder(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (token != null && token.getToken() != null) {
            verified.remember(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
