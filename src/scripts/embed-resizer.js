// embed/resize.js: the optional line a host page adds to fit this site's embeds to their content.
// Each embed posts its height in Pym.js's format; this sets the height of the one iframe whose
// window sent it, and only for messages from the origin this script was loaded from. ES5 syntax
// for any host page; no DOM sink takes a string, so it runs under a Trusted Types policy too.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var heightMessage = new RegExp(__HEIGHT_MESSAGE_PATTERN__);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || typeof event.data !== 'string') return;
    var match = heightMessage.exec(event.data);
    var height = match ? Number(match[2]) : 0;
    if (!(height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) frames[i].setAttribute('height', String(height));
    }
  });
})();
