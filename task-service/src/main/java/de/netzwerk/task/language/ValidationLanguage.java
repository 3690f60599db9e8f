package de.netzwerk.task.language;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import java.util.Locale;

/**
 * Bean Validation's messages in the request's language. Quarkus's own resolver reads {@code Accept-Language} only;
 * this one, asked first, also knows the network's language, so a field message and its problem speak alike.
 */
@Singleton
@Priority(100)
public class ValidationLanguage implements LocaleResolver {

    private final RequestLanguage language;

    ValidationLanguage(RequestLanguage language) {
        this.language = language;
    }

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Arc.container().requestContext().isActive() ? language.locale() : null;
    }
}
