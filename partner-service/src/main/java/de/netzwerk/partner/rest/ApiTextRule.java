package de.netzwerk.partner.rest;

import de.netzwerk.partner.language.Text;
import de.netzwerk.partner.rest.input.InputRules;
import de.netzwerk.partner.service.TextRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The API's rule for text ({@link InputRules#textProblem}), handed to the services that read text from elsewhere. */
@ApplicationScoped
class ApiTextRule implements TextRule {

    @Override
    public Optional<Text> problemIn(String text) {
        return InputRules.textProblem(text);
    }
}
