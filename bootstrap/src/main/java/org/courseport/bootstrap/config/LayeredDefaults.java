package org.courseport.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a flag that was not given takes its value from: the environment ({@code --db-url} reads
 * {@code COURSEPORT_DB_URL}), then the properties file of {@code --config} (key {@code db-url}),
 * then the built-in default. A flag on the command line wins over all of them.
 */
public final class LayeredDefaults implements IDefaultValueProvider {
    private final Map<String, String> environment;
    private final Properties file;

    LayeredDefaults(Map<String, String> environment, Properties file) {
        this.environment = environment;
        this.file = file;
    }

    /** Reads the properties file named by {@code --config} in the arguments, or by {@code COURSEPORT_CONFIG}. */
    public static LayeredDefaults from(String[] args, Map<String, String> environment) {
        String config = environment.get("COURSEPORT_CONFIG");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                config = args[i + 1];
            } else if (args[i].startsWith("--config=")) {
                config = args[i].substring("--config=".length());
            }
        }
        Properties properties = new Properties();
        if (config != null) {
            try (InputStream in = Files.newInputStream(Path.of(config))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the configuration file " + config, e);
            }
        }
        return new LayeredDefaults(environment, properties);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        String fromEnvironment = environment.get(environmentName(key));
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        return file.getProperty(key, option.defaultValue());
    }

    public static String environmentName(String key) {
        return "COURSEPORT_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
