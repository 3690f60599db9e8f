package de.netzwerk.infra;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the local development key ({@code deploy/local/dev-keys}) and shaped
 * like those of {@code deploy/local/token}: roles in {@code groups}, the networks in {@code networks}, a
 * member's partner in {@code partner_id}. The services verify them on the same path as production tokens.
 */
public final class DevTokens {

    public static final String ISSUER = "netzwerk-local-dev";
    public static final String AUDIENCE = "netzwerk";

    private static PrivateKey signingKey;

    private DevTokens() {
    }

    public static String coordinator(String network) {
        return token("coordinator", null, network);
    }

    public static String member(String network, String partnerId) {
        return token("member", partnerId, network);
    }

    public static String integration(String network) {
        return token("integration", null, network);
    }

    public static String operator() {
        return token("operator", null);
    }

    public static String token(String role, String partnerId, String... networks) {
        var builder = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(partnerId != null ? partnerId : "test-" + role)
                .groups(Set.of(role))
                .claim("networks", List.of(networks))
                .expiresIn(Duration.ofHours(1));
        if (partnerId != null) {
            builder.claim("partner_id", partnerId);
        }
        return builder.jws().keyId(ISSUER).sign(signingKey());
    }

    /** A token whose signature no configured key can verify: it must be refused like no token at all. */
    public static String signedByStranger(String network) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("stranger").groups(Set.of("coordinator"))
                    .claim("networks", List.of(network)).expiresIn(Duration.ofHours(1))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token with exactly these claims, signed with the development key: for tests of claims that a token
     * builder would fill in on its own (a missing {@code exp}, an {@code iat} in the future).
     */
    public static String signedClaims(String claimsJson) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + ISSUER + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            var signature = java.security.Signature.getInstance("SHA256withRSA");
            signature.initSign(signingKey());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + base64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Configuration that makes quarkus-oidc verify tokens with the development public key. */
    static Map<String, String> verificationConfig() {
        return Map.of(
                "quarkus.oidc.public-key", pemBody("dev-keys/public.pem"),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    private static synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            try {
                byte[] der = Base64.getDecoder().decode(pemBody("dev-keys/private.pem"));
                signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The development private key is not a PKCS#8 RSA key", e);
            }
        }
        return signingKey;
    }

    private static String pemBody(String resource) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the test classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
