<?php
/**
 * Plugin Name:       IOM Widgets
 * Description:       Shows International Organization for Migration (IOM) news, partnerships, projects and contacts: paste an iom-* tag or use a shortcode such as [iom_news_card article="…"]. The library is served from this plugin, with Subresource Integrity.
 * Version:           0.1.0
 * Requires at least: 5.7
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       iom-widgets
 *
 * @package IomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Handle of the loader script; WordPress prints it with the id "iom-widgets-loader-js". */
const IOM_WIDGETS_LOADER_HANDLE = 'iom-widgets-loader';

/**
 * Every widget tag with exactly its documented attributes (README.md, custom-elements.json).
 *
 * @return array<string, string[]> Tag name => attribute names.
 */
function iom_widgets_tags() {
	$every_widget = array( 'lang', 'src', 'theme' );
	return array(
		'iom-news-card'            => array_merge( array( 'article', 'layout', 'heading-level' ), $every_widget ),
		'iom-news-list'            => array_merge( array( 'organization', 'limit', 'layout', 'heading-level' ), $every_widget ),
		'iom-partnership-timeline' => array_merge( array( 'partnership', 'orientation', 'order', 'heading-level' ), $every_widget ),
		'iom-project-map'          => array_merge( array( 'project', 'heading-level' ), $every_widget ),
		'iom-contact-box'          => array_merge( array( 'contact', 'layout', 'heading-level' ), $every_widget ),
	);
}

/**
 * The SHA-384 integrity of cdn/loader.js, from the build's cdn/integrity.json shipped in this plugin.
 *
 * @return string|null The "sha384-…" value, or null when the plugin was installed without its cdn/ folder.
 */
function iom_widgets_loader_integrity() {
	static $integrity = false;
	if ( false === $integrity ) {
		$file      = __DIR__ . '/cdn/integrity.json';
		$hashes    = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$integrity = is_array( $hashes ) && isset( $hashes['loader.js'] ) ? (string) $hashes['loader.js'] : null;
	}
	return $integrity;
}

/**
 * Enqueues the loader on every front-end page. It is 0.4 KB and defines a widget only when its tag
 * is on the page, so pages without widgets download nothing else.
 */
function iom_widgets_enqueue_loader() {
	$integrity = iom_widgets_loader_integrity();
	if ( null === $integrity ) {
		return;
	}
	// The version query changes whenever loader.js does (its chunks are named by content hash).
	$version = substr( hash( 'sha256', $integrity ), 0, 12 );
	wp_enqueue_script( IOM_WIDGETS_LOADER_HANDLE, plugins_url( 'cdn/loader.js', __FILE__ ), array(), $version, false );
}
add_action( 'wp_enqueue_scripts', 'iom_widgets_enqueue_loader' );

/**
 * Prints the loader as an ES module with its integrity hash. wp_enqueue_script() has no way to
 * say type="module" before WordPress 6.5, and wp_enqueue_script_module() (6.5+) has no way to
 * add an integrity hash, so the tag is rebuilt here; this works on every version from 5.7.
 *
 * @param string $tag    The <script> tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string The tag to print.
 */
function iom_widgets_loader_tag( $tag, $handle, $src ) {
	if ( IOM_WIDGETS_LOADER_HANDLE !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type'        => 'module',
			'src'         => $src,
			'id'          => IOM_WIDGETS_LOADER_HANDLE . '-js',
			'integrity'   => iom_widgets_loader_integrity(),
			'crossorigin' => 'anonymous',
		)
	);
}
add_filter( 'script_loader_tag', 'iom_widgets_loader_tag', 10, 3 );

/**
 * Lets the widget tags and their documented attributes through KSES in post content, so that
 * users without unfiltered_html (Authors, Contributors) keep them. Nothing else is added: no
 * <script>, no event-handler attributes. KSES still checks the protocol of src (http, https).
 *
 * @param array        $tags    Allowed tags => allowed attributes.
 * @param string|array $context The KSES context.
 * @return array The allowed tags.
 */
function iom_widgets_allow_tags( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( iom_widgets_tags() as $tag => $attributes ) {
		$tags[ $tag ] = array_fill_keys( $attributes, true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'iom_widgets_allow_tags', 10, 2 );

/**
 * Renders a shortcode such as [iom_news_card article="…"] as its widget tag. Attributes that the
 * widget does not document are dropped; every value is escaped, and src loses any protocol but
 * http(s), as KSES does for pasted tags. Enclosed content becomes the widget's fallback (shown
 * where scripts do not run).
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @param string|null  $content    Enclosed content, if any.
 * @param string       $shortcode  The shortcode's name, e.g. iom_news_card.
 * @return string The widget's HTML.
 */
function iom_widgets_shortcode( $attributes, $content, $shortcode ) {
	$tag     = str_replace( '_', '-', $shortcode );
	$allowed = iom_widgets_tags()[ $tag ];
	$html    = '<' . $tag;
	foreach ( (array) $attributes as $name => $value ) {
		if ( ! in_array( $name, $allowed, true ) ) {
			continue;
		}
		if ( 'src' === $name ) {
			$value = wp_kses_bad_protocol( $value, array( 'http', 'https' ) );
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . do_shortcode( (string) $content ) . '</' . $tag . '>';
}

foreach ( array_keys( iom_widgets_tags() ) as $iom_widgets_tag ) {
	add_shortcode( str_replace( '-', '_', $iom_widgets_tag ), 'iom_widgets_shortcode' );
}
unset( $iom_widgets_tag );

/** Tells administrators when the plugin was installed without the library (not built, see readme). */
function iom_widgets_missing_library_notice() {
	if ( null !== iom_widgets_loader_integrity() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( 'IOM Widgets: the library (cdn/loader.js and cdn/integrity.json) is missing from the plugin folder, so widgets are not loaded. Install the packaged plugin (iom-widgets.zip), as its readme explains.', 'iom-widgets' )
	);
}
add_action( 'admin_notices', 'iom_widgets_missing_library_notice' );
