package org.rcc.sandbox;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Elastic's test distribution on Maven Central lacks the analysis-common module, yet the security
 * indices (.security-7, .security-profile-8) declare an "email" analyzer built from its pattern_capture
 * filter, uax_url_email tokenizer and unique filter. Without them no native user, role or API key can
 * be stored. This plugin registers exactly those three names with Lucene's own implementations (the ones
 * analysis-common wraps), and only implements the two ES interfaces, which are stable across 8.x and 9.x.
 */
public class SecurityAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "pattern_capture", requiresSettings((indexSettings, environment, name, settings) -> {
                List<String> sources = settings.getAsList("patterns");
                if (sources.isEmpty()) {
                    throw new IllegalArgumentException("pattern_capture filter [" + name + "] needs [patterns]");
                }
                Pattern[] patterns = sources.stream().map(Pattern::compile).toArray(Pattern[]::new);
                boolean preserveOriginal = settings.getAsBoolean("preserve_original", true);
                return filter(name, stream -> new PatternCaptureGroupTokenFilter(stream, preserveOriginal, patterns));
            }),
            "unique", (indexSettings, environment, name, settings) -> filter(name, UniqueTokenFilter::new)
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("uax_url_email", (indexSettings, environment, name, settings) -> new TokenizerFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Tokenizer create() {
                return new UAX29URLEmailTokenizer();
            }
        });
    }

    /** Like analysis-common's helper: without it Elasticsearch builds the filter with empty settings for every index. */
    private static <T> AnalysisProvider<T> requiresSettings(AnalysisProvider<T> provider) {
        return new AnalysisProvider<T>() {
            @Override
            public T get(org.elasticsearch.index.IndexSettings indexSettings, org.elasticsearch.env.Environment environment,
                         String name, org.elasticsearch.common.settings.Settings settings) throws java.io.IOException {
                return provider.get(indexSettings, environment, name, settings);
            }

            @Override
            public boolean requiresAnalysisSettings() {
                return true;
            }
        };
    }

    private static TokenFilterFactory filter(String name, java.util.function.Function<TokenStream, TokenStream> wrap) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return wrap.apply(tokenStream);
            }
        };
    }
}
