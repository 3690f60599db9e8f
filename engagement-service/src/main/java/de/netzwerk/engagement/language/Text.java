package de.netzwerk.engagement.language;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words meant for a person, named by a stable code and put into the caller's language only when the answer is
 * written (see {@link Messages}). The code goes on the wire as well, for apps that translate themselves; the
 * arguments fill the text's placeholders {0}, {1} … in order.
 */
public record Text(String code, List<Object> args) {

    public Text {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Text of(String code, Object... args) {
        return new Text(code, Arrays.asList(args));
    }
}
