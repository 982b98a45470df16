import { describe, expect, it } from 'vitest';
import {
  fixedPatterns,
  isFixedUrl,
  isSiteOrPattern,
  originOf,
  patternForOrigin,
  patternMatches,
  patternOfSite,
  runtimeGrantedPatterns,
  siteOfPattern,
} from '../../../lib/site-access/origins';

describe('origins', () => {
  it('gives an http(s) page its origin without the port, and nothing for other schemes', () => {
    expect(originOf('https://blog.example.gov.uk/wp-admin/post.php?post=1')).toBe('https://blog.example.gov.uk');
    expect(originOf('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1');
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', '', 'nonsense', null]) {
      expect(originOf(url)).toBeNull();
    }
  });
  it('requests one-site patterns, and maps patterns back to what the learner sees', () => {
    expect(patternForOrigin('https://social.example.org')).toBe('https://social.example.org/*');
    expect(siteOfPattern('https://social.example.org/*')).toBe('https://social.example.org');
    expect(siteOfPattern('https://*/*')).toBe('https://*/*');
    expect(patternOfSite('https://social.example.org')).toBe('https://social.example.org/*');
    expect(patternOfSite('https://*/*')).toBe('https://*/*');
    expect(() => patternForOrigin('chrome://extensions')).toThrow(/Not a web origin/);
  });
  it('accepts only clean origins or patterns from pages', () => {
    expect(isSiteOrPattern('https://blog.example.org')).toBe(true);
    expect(isSiteOrPattern('https://*/*')).toBe(true);
    expect(isSiteOrPattern('https://blog.example.org/path')).toBe(false);
    expect(isSiteOrPattern('https://blog.example.org:8443')).toBe(false);
    expect(isSiteOrPattern('javascript:alert(1)')).toBe(false);
    expect(isSiteOrPattern('not a url')).toBe(false);
  });
});

describe('match patterns', () => {
  it('match scheme, host, sub-domains and path, ignoring ports', () => {
    expect(patternMatches('https://*.wordpress.com/*', 'https://me.wordpress.com/wp-admin/')).toBe(true);
    expect(patternMatches('https://*.wordpress.com/*', 'https://wordpress.com/')).toBe(true);
    expect(patternMatches('https://*.wordpress.com/*', 'https://evilwordpress.com/')).toBe(false);
    expect(patternMatches('https://x.com/*', 'http://x.com/')).toBe(false);
    expect(patternMatches('*://x.com/*', 'http://x.com/home')).toBe(true);
    expect(patternMatches('http://127.0.0.1/*', 'http://127.0.0.1:4321/page.html')).toBe(true);
    expect(patternMatches('https://x.com/compose/*', 'https://x.com/home')).toBe(false);
    expect(patternMatches('<all_urls>', 'https://anything.example/')).toBe(true);
  });
});

describe('fixed and runtime-granted sites', () => {
  const mv3 = {
    manifest_version: 3,
    host_permissions: ['https://x.com/*', 'https://*.wordpress.com/*'],
    content_scripts: [{ matches: ['https://bsky.app/*'] }],
  };
  const mv2 = { manifest_version: 2, permissions: ['storage', 'https://x.com/*'] };
  it('reads install-time hosts from either manifest version', () => {
    expect(fixedPatterns(mv3)).toEqual(['https://x.com/*', 'https://*.wordpress.com/*', 'https://bsky.app/*']);
    expect(fixedPatterns(mv2)).toEqual(['https://x.com/*']);
    expect(isFixedUrl('https://x.com/home', mv3)).toBe(true);
    expect(isFixedUrl('https://bsky.app/', mv3)).toBe(true);
    expect(isFixedUrl('https://blog.example.org/', mv3)).toBe(false);
  });
  it('keeps only what the learner added at run time', () => {
    const granted = ['https://x.com/*', 'https://*.wordpress.com/*', 'https://me.wordpress.com/*', 'https://blog.example.org/*', 'https://*/*'];
    expect(runtimeGrantedPatterns(granted, mv3)).toEqual(['https://*/*', 'https://blog.example.org/*']);
  });
});
