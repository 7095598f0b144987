// The end of a rest is both seen (the panel flashes) and heard: a short two-tone beep.
window.kiosk = {
    restEnded: function () {
        try {
            const context = new (window.AudioContext || window.webkitAudioContext)();
            [0, 0.25].forEach(function (start, i) {
                const tone = context.createOscillator();
                const gain = context.createGain();
                tone.frequency.value = i === 0 ? 880 : 1175;
                gain.gain.value = 0.2;
                tone.connect(gain).connect(context.destination);
                tone.start(context.currentTime + start);
                tone.stop(context.currentTime + start + 0.2);
            });
        } catch (e) {
            // No audio device: the visible signal still shows.
        }
    }
};
