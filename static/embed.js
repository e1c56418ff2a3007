/*
 * Overslag's listener for host pages: sizes every Overslag embed on the page to its content.
 *
 *   <iframe src="https://ORIGIN/embed?…" title="…" loading="lazy" width="100%" height="600"
 *     style="border:0;width:100%"></iframe>
 *   <script src="https://ORIGIN/embed.js" async></script>
 *
 * It accepts only Overslag's own message ({ type: "overslag:resize", v: 1, id, height }) from an
 * iframe of this script's origin, matched by `event.source` to that iframe's window (a sandboxed
 * frame's origin is "null", so the window is the proof), and only a number of pixels in a sane
 * range. No dependencies, no storage; it can be loaded more than once.
 */
(function () {
	'use strict';
	if (window.__overslagEmbed) return;
	window.__overslagEmbed = true;
	var script = document.currentScript;
	var origin = script ? new URL(script.src, location.href).origin : location.origin;
	var MIN = 80;
	var MAX = 20000;

	function frameOf(source) {
		var frames = document.querySelectorAll('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== source) continue;
			var src = frame.getAttribute('src') || '';
			return new URL(src, location.href).origin === origin ? frame : null;
		}
		return null;
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'overslag:resize' || data.v !== 1) {
			return;
		}
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
		var frame = frameOf(event.source);
		if (frame) frame.style.height = Math.ceil(height) + 'px';
	});
})();
